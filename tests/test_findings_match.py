"""What counts as the same objection raised again, as an answer to it, and as an objection with
a point at all (the planted stories' misses: tests/test_stories.py)."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.finding_match import raised_again
from pipeline.finding_text import states_no_point
from pipeline.link import StatementRow, link_statements


def _row(i, item, meeting, date, type_, text, speaker):
    return {"id": i, "item_id": item, "meeting_id": meeting, "date": date, "seq": 1,
            "body": "Planning Commission", "type": type_, "text": text, "speaker": speaker}


def _pair(c: float) -> np.ndarray:
    return np.array([[1.0, 0.0], [c, (1 - c * c) ** 0.5]], dtype=np.float32)


SORENSEN = _row("s1", "i1", "m1", "2025-01-09", "objection",
                "Commissioner Sorensen objected that the study counted parking only on weekdays "
                "and ignored the Saturday farmers market.", "Commissioner Sorensen")
KESSLER = _row("s2", "i2", "m2", "2025-04-10", "objection",
               "Vice Chair Kessler objected that removing the minimums would push overflow "
               "parking onto the residential streets of the Old Mill neighborhood.",
               "Vice Chair Kessler")
AGAIN = _row("s3", "i2", "m2", "2025-04-10", "question",
             "Commissioner Greene asked again whether the Saturday farmers market had been "
             "counted.", "Commissioner Greene")
MATTER = {"i1": {"parki", "downt", "study"}, "i2": {"parki", "downt", "study"}}


def test_another_members_objection_on_the_matter_is_not_the_first_raised_again():
    # Cedar Bluff: the two share "parking" (the matter's heading word) and "objected" only,
    # both rare in a small body's minutes
    rare = {"Planning Commission": {"objec", "parki", "weekd", "satur", "farme", "overf"}}
    assert raised_again([SORENSEN], [SORENSEN, KESSLER], rare, _pair(0.49),
                        {"s1": 0, "s2": 1}, MATTER) == []


def test_a_later_question_on_the_same_point_raises_it_again():
    rare = {"Planning Commission": {"satur", "farme", "weekd"}}
    # one rare word, but the point: "Saturday", "farmers", "market" (cosine low: other words)
    only_one = {"Planning Commission": {"satur"}}
    links = raised_again([SORENSEN], [SORENSEN, AGAIN], only_one, _pair(0.30),
                         {"s1": 0, "s3": 1}, MATTER)
    assert [(s, d, k) for s, d, k, _ in links] == [("s1", "s3", "repeats")]
    assert raised_again([SORENSEN], [SORENSEN, AGAIN], rare, _pair(0.30),
                        {"s1": 0, "s3": 1}, MATTER)


def test_one_shared_rare_word_needs_a_close_match_when_no_other_word_is_shared():
    lone = _row("s4", "i2", "m2", "2025-04-10", "objection",
                "Commissioner Nguyen objected to the weekday hours of the new garage.",
                "Commissioner Nguyen")
    rare = {"Planning Commission": {"weekd"}}
    assert raised_again([SORENSEN], [SORENSEN, lone], rare, _pair(0.40), {"s1": 0, "s4": 1},
                        MATTER) == []
    assert raised_again([SORENSEN], [SORENSEN, lone], rare, _pair(0.58), {"s1": 0, "s4": 1},
                        MATTER)


def _unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def _toilets(reply_text: str, reply_vec: np.ndarray) -> list:
    # Strathallan: Mrs Duncan's point (disabled visitors) and, at a later meeting under another
    # heading of the matter, a report that presents itself as news ("confirmed"), cosine 0.47
    filler = [StatementRow(f"f{k}", "i1", "m1", "2025-01-20", "information",
                           f"Cllr Moir reported on the toilets at the Square, part {k}.", 10 + k)
              for k in range(6)]
    obj = StatementRow("s1", "i1", "m1", "2025-01-20", "objection",
                       "Mrs Duncan objected that closing the toilets would leave disabled "
                       "visitors with no accessible toilet anywhere in the village.", 3,
                       speaker="Morag Duncan")
    later = StatementRow("s2", "i2", "m2", "2025-03-17", "information", reply_text, 2,
                         speaker="Angus Moir")
    sts = [obj, *filler, later]
    vecs = np.stack([_unit([1, 0, 0])] + [_unit([0, 0, 1])] * 6 + [reply_vec])
    # the report is about the matter at large more than about the point (no answer on that
    # ground either)
    return link_statements(sts, vecs, {"i1": _unit([0.3, 0.95, 0])})


def test_a_later_report_on_the_matter_does_not_answer_a_point_it_does_not_address():
    reply = _unit([0.47, (1 - 0.47 ** 2) ** 0.5, 0])
    links = _toilets("Cllr Moir reported that the Council had confirmed the closure of the "
                     "toilets from 1 April but would offer a comfort scheme.", reply)
    assert ("s1", "s2") not in {(s, d) for s, d, k, _ in links if k == "answers"}
    links = _toilets("Cllr Moir confirmed that disabled visitors would have an accessible "
                     "toilet at the hotel under the comfort scheme.", reply)
    assert ("s1", "s2") in {(s, d) for s, d, k, _ in links if k == "answers"}


@pytest.mark.parametrize("text, none", [
    ("Mr Colin Avery, on behalf of Fenbridge Parish Council, spoke in objection to the "
     "application.", True),
    ("Speaking in opposition: Helen Brandt, 412 Mill Street; George Pappas, 27 River Road.", True),
    ("Mr Avery spoke in objection, saying that the access onto the B2140 was unsafe.", False),
    ("Cllr Okafor objected that the site access had no footway.", False),
])
def test_a_speaker_registered_against_a_matter_states_no_point(text, none):
    assert states_no_point(text) is none


def test_a_public_comment_signed_at_its_end_names_its_speaker():
    # Alameda prints each public speaker's paraphrase with ": Name, Town." at its end; a single
    # name is not read as a speaker, and the comment is then no public comment
    from pipeline.finding_match import is_public_speaker, signed_name
    text = ("Discussed her experience being homeless; expressed opposition to 100% of "
            "renovations being paid by tenants: Monika, Alameda.")
    assert signed_name(text) == "Monika"
    listed = [{"name": n, "role": ""} for n in ("Trish Spencer", "Tony Daysog", "John Knox White")]
    assert is_public_speaker(signed_name(text), listed)
    assert signed_name("Stated the ratio: 3 to 1.") == ""
    assert signed_name("The Council approved the following: Resolution No. 15912.") == ""

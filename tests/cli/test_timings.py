"""--timings: a table on standard error of the time per stage and per rule; the findings,
standard output and exit status are those of the same run without it."""

from __future__ import annotations

from newslint.linting.timings import Timings
from newslint.output.timings_table import timings_table

STAGES = {
    "rules loaded",
    "read",
    "document",
    "document parts",
    "suppression and deferral",
    "result cache",
    "report",
}
PACK_RULES_ON = {  # the test pack's rules that are on, and newslint's own
    "news.usage",
    "news.hedge",
    "news.doubled",
    "news.promo",
    "meta.unused-suppression",
}
STORY = "The mayor reportedly said it was alot.\n"


def table_rows(err: str) -> set[str]:
    """The labels of the table's rows: 'stage read', 'rule news.usage', ..."""
    lines = err.splitlines()
    assert lines[0].startswith("Timings: ") and lines[1].startswith("stage or rule")
    labels = (" ".join(line.rsplit(None, 2)[0].split()) for line in lines[2:-1])
    return {label for label in labels if label.startswith(("stage ", "rule "))}


def write_stories(project, count: int) -> list[str]:
    names = []
    for number in range(count):
        name = f"desk/story-{number:02d}.txt"
        project.write(name, STORY if number % 2 else "Quiet.\n")
        names.append(name)
    return names


def test_timings_name_every_stage_and_rule_run_and_change_nothing_else(project, run):
    write_stories(project, 2)
    plain = run("check", "--no-cache", "--format", "json", "desk")
    timed = run("check", "--no-cache", "--format", "json", "--timings", "desk")
    assert (timed.code, timed.out) == (plain.code, plain.out) == (1, plain.out)
    assert plain.err == ""
    assert timed.err.splitlines()[0] == (
        "Timings: 2 inputs checked; seconds summed over inputs and worker processes."
    )
    rows = table_rows(timed.err)
    assert {name.split(" ", 1)[1] for name in rows if name.startswith("stage ")} == STAGES
    assert {name.split(" ", 1)[1] for name in rows if name.startswith("rule ")} == PACK_RULES_ON
    assert timed.err.splitlines()[-1].startswith("total")


def test_timings_with_workers_add_up_every_input(project, run):
    write_stories(project, 12)
    serial = run("check", "--no-cache", "--jobs", "1", "desk")
    workers = run("check", "--no-cache", "--jobs", "2", "--timings", "desk")
    assert (workers.code, workers.out) == (serial.code, serial.out)
    assert workers.err.startswith("Timings: 12 inputs checked;")
    assert {n.split(" ", 1)[1] for n in table_rows(workers.err) if n.startswith("rule ")} == (
        PACK_RULES_ON
    )


def test_timings_say_which_inputs_came_from_the_result_cache(project, run):
    write_stories(project, 2)
    first = run("check", "--timings", "desk")
    again = run("check", "--timings", "desk")
    assert (again.code, again.out) == (first.code, first.out)
    assert first.err.startswith("Timings: 2 inputs checked;")
    assert again.err.startswith(
        "Timings: 0 inputs checked, 2 answered from the result cache (no rule time);"
    )
    assert set(table_rows(again.err)) == {"stage result cache", "stage report"}


def test_the_table_is_sorted_and_sums_the_rules_past_its_length():
    timings = Timings(
        stages={"read": 0.002, "report": 0.001},
        rules={"a.slow": 0.004, "b.mid": 0.003, "c.fast": 0.0005, "d.fast": 0.0005},
        checked=3,
        cached=1,
    )
    assert timings_table(timings, rule_rows=2) == (
        "Timings: 3 inputs checked, 1 answered from the result cache (no rule time); "
        "seconds summed over inputs and worker processes.\n"
        "stage or rule   time (ms)   share\n"
        "rule  a.slow          4.0   36.4%\n"
        "rule  b.mid           3.0   27.3%\n"
        "stage read            2.0   18.2%\n"
        "stage report          1.0    9.1%\n"
        "2 more rules          1.0    9.1%\n"
        "total                11.0  100.0%\n"
    )


def test_timings_of_two_runs_add_up():
    total = Timings(stages={"read": 1.0}, rules={"a": 2.0}, checked=1)
    total.add(Timings(stages={"read": 0.5, "report": 1.0}, rules={"b": 1.0}, checked=2, cached=1))
    assert total == Timings(
        stages={"read": 1.5, "report": 1.0}, rules={"a": 2.0, "b": 1.0}, checked=3, cached=1
    )


def test_a_rule_is_not_charged_for_the_document_parts_it_asked_for_first():
    timings = Timings()
    timings.rule("news.usage", 0.5, parts=0.375)
    timings.rule("news.usage", 0.25)
    assert timings.rules == {"news.usage": 0.375}
    assert timings.stages == {"document parts": 0.375}

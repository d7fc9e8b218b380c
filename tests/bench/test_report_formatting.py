"""The benchmark's arithmetic and formatting: tables, percentiles, wrk's report line."""

from bench.load import parse_report
from bench.stats import percentile, value_range
from bench.table import format_table


def test_table_columns_are_as_wide_as_their_widest_cell_and_numbers_align_right():
    lines = format_table(["page", "ms"], [["home", "12.5"], ["blog index", "7.0"]], right_aligned={1})
    assert lines == [
        "page          ms",
        "----------  ----",
        "home        12.5",
        "blog index   7.0",
    ]


def test_percentile_is_the_nearest_rank():
    values = list(range(30, 0, -1))  # 30 measurements, unsorted
    assert percentile(values, 0.9) == 27
    assert percentile(values, 0.5) == 15
    assert percentile([4.0], 0.9) == 4.0


def test_value_range_shows_one_number_when_all_agree():
    assert value_range([12, 12, 12]) == "12"
    assert value_range([13, 12, 14]) == "12-14"


def test_wrk_report_line_is_parsed_among_wrks_own_output():
    output = (
        "Running 20s test @ http://127.0.0.1:5000/\n"
        "  2 threads and 8 connections\n"
        "wrk-report requests=4000 seconds=20.010 non2xx=3 connect=0 read=1 write=0 timeout=2 "
        "mean_ms=40.00 p50_ms=38.50 p90_ms=55.25 p99_ms=80.00 max_ms=120.75\n"
    )
    result = parse_report(output)
    assert (result.requests, result.non2xx, result.errors) == (4000, 3, 3)
    assert result.p90_ms == 55.25
    assert round(result.per_second, 1) == 199.9

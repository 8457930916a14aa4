from datetime import date

from kempen_desktop.domain.dates import add_months, quarter_start


def test_add_months_clamps_to_the_end_of_a_shorter_month() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2025, 3, 15), -3) == date(2024, 12, 15)
    assert add_months(date(2025, 5, 31), 12) == date(2026, 5, 31)


def test_quarter_start() -> None:
    assert [quarter_start(date(2026, m, 17)).month for m in range(1, 13)] == [1] * 3 + [4] * 3 + [
        7
    ] * 3 + [10] * 3

import datetime as dt

from extraction.gazetteer import all_countries, country_for, country_name, place_country


def test_names_abbreviations_adjectives_and_seats_give_the_country():
    assert country_for("Russia") == "RU"
    assert country_for("U.S.") == "US"
    assert country_for("DPRK") == "KP"
    assert country_for("Chinese") == "CN"
    assert country_for("the Kremlin") == "RU"
    assert country_for("Beijing") == "CN"
    assert country_for("South Korea") == "KR"


def test_lowercase_abbreviation_lookalikes_are_not_countries():
    assert country_for("us") is None


def test_soviet_depends_on_the_date():
    assert country_for("Soviet", dt.date(1987, 5, 1)) == "SU"
    assert country_for("Moscow", dt.date(1987, 5, 1)) == "SU"
    assert country_for("Moscow", dt.date(2020, 5, 1)) == "RU"


def test_cities_prefer_the_biggest_namesake_and_honour_a_us_state():
    assert place_country("Paris") == "FR"
    assert place_country("Paris, Texas") == "US"
    assert place_country("Manchester") == "GB"


def test_country_table_includes_historical_states():
    rows = {row["code"]: row for row in all_countries()}
    assert rows["SU"]["historical"] is True
    assert rows["RU"]["historical"] is False
    assert country_name("RU") == "Russia"
    assert {"DD", "CS", "YU", "XK"} <= rows.keys()


def test_former_states_map_a_successor_city_to_the_old_state_before_the_split():
    import datetime as dt

    from extraction.gazetteer import FORMER_STATES, place_country

    assert "RU" in FORMER_STATES["SU"].successors
    assert place_country("Moscow", dt.date(1987, 5, 1)) == "SU"
    assert place_country("Moscow", dt.date(1995, 5, 1)) == "RU"


def test_capitals_are_one_table_keyed_by_the_folded_name():
    from extraction.gazetteer import capitals, fold

    assert capitals()[fold("Bogotá")] == "CO"


def test_belgrade_before_the_break_up_is_yugoslavias():
    import datetime as dt

    from extraction import gazetteer

    assert gazetteer.place_country("Belgrade", dt.date(1987, 5, 1)) == "YU"
    assert gazetteer.place_country("Belgrade", dt.date(2010, 5, 1)) == "RS"


def test_summit_towns_the_city_table_lacks_or_gives_a_namesake_are_where_they_are():
    from extraction import gazetteer

    assert [gazetteer.place_country(town) for town in ("Bali", "Sochi", "Camp David", "Davos")] == [
        "ID",
        "RU",
        "US",
        "CH",
    ]

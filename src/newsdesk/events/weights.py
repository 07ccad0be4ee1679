"""Frozen coefficients of the same-event model (see similarity.py).

Written by bench/train_events.py from the tuning data only (ECB+ training topics,
NewsWCL50 tuning events; 22317 article-event pairs). Do not edit by hand.
"""

BIAS = -2.1452
WEIGHTS = {
    "term_cosine": 13.5205,
    "title_cover": -1.324,
    "name_cover": 1.2699,
    "name_cosine": 5.2244,
    "place_cover": 1.5097,
    "country_cover": -0.8214,
    "country_conflict": -0.7297,
    "shared_numbers": 0.3188,
    "day_close": 1.0073,
    "day_far": -1.634,
    "day_unknown": -2.4068,
    "year_conflict": -1.5307,
}
THRESHOLD = 0.65

"""Frozen coefficients of the same-event models (see similarity.py and refine.py).

Written by bench/train_events.py from the tuning data only (ECB+ training topics,
NewsWCL50 tuning events; 22317 article-event pairs). Do not edit by hand.
"""

BIAS = -2.1452
WEIGHTS = {
    "term_cosine": 13.5186,
    "title_cover": -1.3243,
    "name_cover": 1.2701,
    "name_cosine": 5.2263,
    "place_cover": 1.5093,
    "country_cover": -0.8213,
    "country_conflict": -0.7288,
    "shared_numbers": 0.3188,
    "day_close": 1.0073,
    "day_far": -1.634,
    "day_unknown": -2.4067,
    "year_conflict": -1.5308,
}
THRESHOLD = 0.2
# Article-pair model and the average log-odds below which an event's members are split apart.
PAIR_BIAS = -3.4685
PAIR_WEIGHTS = {
    "term_cosine": 18.1762,
    "title_cover": 2.3517,
    "name_cover": 3.7383,
    "name_cosine": 3.3926,
    "place_cover": 1.6787,
    "country_cover": -0.3544,
    "country_conflict": -0.4817,
    "shared_numbers": 1.837,
    "day_close": 4.7658,
    "day_far": -2.2932,
    "day_unknown": -3.0014,
    "year_conflict": -0.863,
}
SPLIT_LOGIT = -2.0

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
# -- SemEval pair score: written by bench/train_pair_score.py (kept by bench/train_events.py) --
# Ridge regression of the human Overall score (1 same event .. 4 unrelated) on half A, 652 pairs.
PAIR_SCORE_KNOTS = (0.8134, 0.8511, 0.8884)
PAIR_SCORE_BIAS = 11.3809
PAIR_SCORE_WEIGHTS = {
    "cosine": -9.1647,
    "cosine_over_0": -10.8867,
    "cosine_over_1": -2.7612,
    "cosine_over_2": 7.2124,
    "cross_language": -0.0964,
    "english": -0.2361,
    "cosine_cross": -0.8161,
    "cosine_english": -0.0508,
    "term_cosine": 0.0709,
    "name_cosine": -0.2272,
    "name_cover": -1.2797,
    "shared_numbers": -0.2624,
    "place_cover": 0.0367,
    "country_conflict": 0.0239,
    "numbers_jaccard": 0.0532,
    "names_jaccard": 1.9553,
    "places_jaccard": 0.2248,
    "days_jaccard": 0.8687,
    "years_jaccard": 0.1029,
}

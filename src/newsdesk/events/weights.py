"""Frozen coefficients of the same-event models (see similarity.py and refine.py).

Written by bench/train_events.py from the tuning data only (ECB+ training topics,
NewsWCL50 tuning events, the tuning half of bench/unrelated_stream.py's pages;
39674 article-event pairs). Do not edit by hand.
"""

BIAS = -4.4353
WEIGHTS = {
    "term_cosine": 21.8945,
    "title_cover": 0.062,
    "name_cover": 6.6035,
    "name_cosine": 8.9345,
    "place_cover": 1.6147,
    "country_cover": -0.6002,
    "country_conflict": -1.1754,
    "shared_numbers": 1.8095,
    "day_close": 2.6788,
    "day_far": 0.0,
    "day_unknown": 0.1617,
    "year_conflict": -1.2914,
    "main_country_conflict": -3.9973,
}
THRESHOLD = 0.5
# Article-pair model and the average log-odds below which an event's members are split apart.
PAIR_BIAS = -3.5435
PAIR_WEIGHTS = {
    "term_cosine": 20.6432,
    "title_cover": 0.0241,
    "name_cover": 4.1337,
    "name_cosine": 3.0016,
    "place_cover": 1.3954,
    "country_cover": -0.2091,
    "country_conflict": -0.4916,
    "shared_numbers": 1.7598,
    "day_close": 4.1245,
    "day_far": -2.2298,
    "day_unknown": -3.0646,
    "year_conflict": -0.8985,
    "main_country_conflict": -0.0088,
}
SPLIT_LOGIT = -1.25
# Weight of the second-order signal (refine.second_order) added to the pair log-odds when re-clustering.
SECOND_ORDER = 3.0
# -- SemEval pair score: written by bench/train_pair_score.py (kept by bench/train_events.py) --
# Ridge regression of the human Overall score (1 same event .. 4 unrelated) on half A, 644 pairs.
PAIR_SCORE_KNOTS = (0.1529, 0.3115, 0.4936)
PAIR_SCORE_BIAS = 4.0981
PAIR_SCORE_WEIGHTS = {
    "cosine": -0.8377,
    "cosine_over_0": -2.5498,
    "cosine_over_1": -2.9988,
    "cosine_over_2": 4.6913,
    "lead_cosine": -1.5487,
    "cross_language": 0.2327,
    "english": 0.0125,
    "cosine_cross": -1.0207,
    "cosine_english": -0.1351,
    "furniture": -2.0174,
    "cosine_furniture": 6.4079,
    "term_cosine": 1.1199,
    "name_cosine": 0.3824,
    "name_cover": -0.4966,
    "shared_numbers": -0.05,
    "place_cover": 0.0177,
    "country_conflict": -0.0778,
    "language_ar": -0.1122,
    "language_de": 0.0372,
    "language_en": 0.0259,
    "language_es": -0.0192,
    "language_fr": 0.1281,
    "language_it": 0.1015,
    "language_pl": -0.0873,
    "language_ru": -0.0105,
    "language_tr": 0.1121,
    "language_zh": -0.2099,
}
# Linker (events/leads.py): log-likelihood ratio of same event (Overall <= 1.5) given the lead cosine.
LEAD_BIAS = -3.2913
LEAD_WEIGHTS = {
    "cosine": 8.371,
    "cross_language": -2.5338,
    "cosine_cross": 8.7025,
}

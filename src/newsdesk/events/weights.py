"""Frozen coefficients of the same-event models (see similarity.py and refine.py).

Written by bench/train_events.py from the tuning data only (ECB+ training topics,
NewsWCL50 tuning events; 22317 article-event pairs). Do not edit by hand.
"""

BIAS = -2.1851
WEIGHTS = {
    "term_cosine": 18.4733,
    "title_cover": 1.3114,
    "name_cover": 4.2059,
    "name_cosine": 5.356,
    "place_cover": 2.1414,
    "country_cover": -0.9285,
    "country_conflict": -1.36,
    "shared_numbers": 1.8651,
    "day_close": 1.443,
    "day_far": -1.461,
    "day_unknown": -1.9176,
    "year_conflict": -1.5536,
}
THRESHOLD = 0.5
# Article-pair model and the average log-odds below which an event's members are split apart.
PAIR_BIAS = -3.3189
PAIR_WEIGHTS = {
    "term_cosine": 16.6685,
    "title_cover": 2.2909,
    "name_cover": 4.5905,
    "name_cosine": 3.6473,
    "place_cover": 1.4277,
    "country_cover": 0.0826,
    "country_conflict": -0.442,
    "shared_numbers": 1.8539,
    "day_close": 4.4604,
    "day_far": -2.3944,
    "day_unknown": -3.084,
    "year_conflict": -1.0395,
}
SPLIT_LOGIT = -1.25
# -- SemEval pair score: written by bench/train_pair_score.py (kept by bench/train_events.py) --
# Ridge regression of the human Overall score (1 same event .. 4 unrelated) on half A, 644 pairs.
PAIR_SCORE_KNOTS = (0.1529, 0.3115, 0.4936)
PAIR_SCORE_BIAS = 3.7737
PAIR_SCORE_WEIGHTS = {
    "cosine": 0.0861,
    "cosine_over_0": -2.5703,
    "cosine_over_1": -3.1682,
    "cosine_over_2": 4.4544,
    "lead_cosine": -1.6034,
    "cross_language": 0.213,
    "english": 0.0642,
    "cosine_cross": -0.9692,
    "cosine_english": -0.1556,
    "term_cosine": 1.1049,
    "name_cosine": 0.5169,
    "name_cover": -0.9035,
    "shared_numbers": -0.1487,
    "place_cover": 0.1684,
    "country_conflict": 0.0077,
    "numbers_jaccard": -0.0157,
    "names_jaccard": 0.9918,
    "places_jaccard": -0.1225,
    "days_jaccard": 0.3667,
    "years_jaccard": 0.002,
}
# Linker (events/leads.py): log-likelihood ratio of same event (Overall <= 1.5) given the lead cosine.
LEAD_BIAS = -3.2913
LEAD_WEIGHTS = {
    "cosine": 8.371,
    "cross_language": -2.5338,
    "cosine_cross": 8.7025,
}

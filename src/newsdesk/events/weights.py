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
# Ridge regression of the human Overall score (1 same event .. 4 unrelated) on half A, 652 pairs.
PAIR_SCORE_KNOTS = (0.0894, 0.2373, 0.4572)
PAIR_SCORE_BIAS = 3.7125
PAIR_SCORE_WEIGHTS = {
    "cosine": -1.1397,
    "cosine_over_0": -2.5504,
    "cosine_over_1": -1.8739,
    "cosine_over_2": 2.9693,
    "cross_language": 0.078,
    "english": 0.0988,
    "cosine_cross": -0.7184,
    "cosine_english": -0.2581,
    "term_cosine": 0.5499,
    "name_cosine": 0.2958,
    "name_cover": -1.204,
    "shared_numbers": -0.1979,
    "place_cover": 0.0573,
    "country_conflict": 0.0556,
    "numbers_jaccard": 0.0679,
    "names_jaccard": 1.3686,
    "places_jaccard": 0.0401,
    "days_jaccard": 0.5825,
    "years_jaccard": 0.0391,
}
# Linker (events/leads.py): log-likelihood ratio of same event (Overall <= 1.5) given the lead cosine.
LEAD_BIAS = -3.145
LEAD_WEIGHTS = {
    "cosine": 8.0948,
    "cross_language": -1.5976,
    "cosine_cross": 6.2444,
}
# Prior log-odds of same event on half A (a cross-language candidate is judged on the cosine alone).
LEAD_PRIOR = -1.1736

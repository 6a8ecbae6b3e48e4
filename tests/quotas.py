"""The course's editorial quotas: how much of each kind of content it promises, in one place.

These are choices of the editors, not facts about Keras: raise one when the course grows, and
the tests that read it hold the content to it. (Scores and budgets of the built site, such as
Lighthouse's minimum, stay with their tests.)
"""

EXERCISES_PER_PAGE = 2  # every lesson page ends with at least this many exercises
EXERCISES_IN_ALL = 40
SOLUTIONS_SHOWN_PER_PAGE = 2  # solutions the built page shows, collapsed
API_LINKS_PER_LESSON = 5  # Keras names linked to keras.io on each lesson page
GLOSSARY_TERMS = 25
GLOSSARY_TOOLTIPS_PER_LESSON = 5
PLOTS = 3  # training curves and figures shown on the training pages
NOTEBOOK_PARAGRAPHS = 10  # lines of the lesson's prose that its notebook carries
# make compat: Keras releases checked per backend, and the years they come from.
RELEASES_CHECKED = {"tensorflow": 4, "jax": 2}
RELEASE_YEARS = 3
SELF_CHECKS_PER_LESSON = 2  # "Check yourself" questions, answered from a snippet's output
SELF_CHECKS_IN_ALL = 32

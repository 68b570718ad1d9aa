"""Training the models that model-backed rules ship with (`newslint train`): labelled data
in, a model file out. Needs the `train` extra (scikit-learn); checking never does."""

"""`newslint serve`: the checking page, newslint's JSON API and LanguageTool's HTTP API."""

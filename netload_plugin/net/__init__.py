"""Downloads: one HTTP session (retries, resume, cache, proxy settings) and the source clients."""

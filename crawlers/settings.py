"""Polite defaults for every whynow crawl. Each can be overridden (`whynow crawl --set K=V`)."""

BOT_NAME = "whynow"
USER_AGENT = "whynow/0.1 (+https://github.com/whynow-dev/whynow; B2B trigger monitor)"

ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
DOWNLOAD_TIMEOUT = 30

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 30.0
RETRY_AFTER_MAX = 120.0

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.BackoffRetryMiddleware": 550,
}
ITEM_PIPELINES = {"crawlers.pipelines.StorePipeline": 300}

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
HTTPCACHE_ENABLED = False

# Where each source kind lives. {board} is replaced by the (URL-quoted) board token; a source
# given as a full http(s) URL is fetched as it is. Point these at a mirror to crawl offline.
WHYNOW_GREENHOUSE_URL = "https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true"
WHYNOW_LEVER_URL = "https://api.lever.co/v0/postings/{board}?mode=json"
WHYNOW_ASHBY_URL = (
    "https://api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true"
)
WHYNOW_WORKABLE_URL = "https://apply.workable.com/api/v1/widget/accounts/{board}?details=true"
WHYNOW_SMARTRECRUITERS_URL = "https://api.smartrecruiters.com/v1/companies/{board}/postings"
WHYNOW_RECRUITEE_URL = "https://{board}.recruitee.com/api/offers/"
WHYNOW_PERSONIO_URL = "https://{board}.jobs.personio.de/xml?language=en"
# A company's pages: its homepage for technologies, and the team and careers pages found by
# `whynow watchlist discover` (or set by hand; a full URL is fetched as it is).
WHYNOW_SITE_URL = "https://{board}/"
WHYNOW_TEAM_URL = "https://{board}/about/team"
WHYNOW_CAREERS_URL = "https://{board}/careers"
# Wappalyzer-format files of your own, read after whynow's catalogue (yours win on a name);
# empty: those $WHYNOW_FINGERPRINTS names (what `--fingerprints FILE` sets).
WHYNOW_FINGERPRINTS: list[str] = []
# Per-account listening: {board} is the URL-quoted query (by default the account's name in
# quotes). Public endpoints that need no login; a hit is a candidate article, not a link.
WHYNOW_GOOGLE_NEWS_URL = "https://news.google.com/rss/search?q={board}&hl=en-US&gl=US&ceid=US:en"
WHYNOW_HACKERNEWS_URL = "https://hn.algolia.com/api/v1/search_by_date?query={board}&tags=story"
WHYNOW_REDDIT_URL = "https://www.reddit.com/search.rss?q={board}&sort=new"

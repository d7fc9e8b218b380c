"""gunicorn settings: `gunicorn -c kureiv/gunicorn.conf.py kureiv.wsgi`.

Sizes come from the environment so each machine can be tuned without a code change:
GUNICORN_BIND, GUNICORN_WORKERS, GUNICORN_TIMEOUT.

Worker model (README, "Benchmark", for the figures): synchronous workers, one request at a time each, and
the connection closed after every response, so the kernel hands each new connection to whichever worker is
free. With threaded workers and keep-alive, a worker accepted every connection it could and kept it: all 8 of
the benchmark's connections often sat on one of two workers, one core idle. A sync worker must not wait on a
slow client, so the site is served behind something that buffers requests and responses (the CDN, or a
proxy such as nginx), as gunicorn's documentation asks.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 8)))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = timeout
# Restart workers now and then, staggered, so a slow leak never takes the site down: rarely, since a restart
# costs a burst of slow requests (at cached rates 5,000 requests recycled a worker every ~5 s). The app is
# loaded once in the master and forked, so a restarted worker serves at once instead of spending seconds
# importing Django and Wagtail while its queued requests wait (the benchmark's article p90 showed it).
max_requests = 200_000
max_requests_jitter = 20_000
preload_app = True
# gunicorn 27's control socket sits at a fixed path: two servers on one machine would trip over it.
control_socket_disable = True

accesslog = "-"
errorlog = "-"
# Method, path and status only: no query string (search terms, tokens) and no referrer, and gunicorn
# never logs request bodies, so nothing a patient typed reaches the logs. The logger writes a dash for
# the client's address, whatever the format asks for (kureiv/access_log.py), so no line says who asked.
logger_class = "kureiv.access_log.AddresslessAccessLogger"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms'

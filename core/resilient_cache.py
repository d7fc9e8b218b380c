"""Django's Redis cache, answering like an empty cache while Redis does not answer.

Every use of the cache — the page cache, the header and menu (core.site_cache), rate limits, Wagtail's
own site-root and image-rendition lookups — goes through a cache backend, so tolerating Redis's loss
there covers them all: a read finds nothing (the page is rendered fresh), a write is dropped, ``incr``
raises ValueError as for a missing key. Nothing a visitor or an editor does fails because Redis is down.

While Redis is down, each process asks it again only every RETRY_SECONDS; in between every call returns
at once, so a Redis that never answers costs one short socket timeout (settings: the ``cache()`` helper),
not one per call. A warning is logged at most once a minute per process while the outage lasts, and a
line when Redis answers again. Writes dropped during an outage that matter (purges) are repeated then:
see ``after_recovery``.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

#: How long a process leaves Redis alone after a failed call before trying it again.
RETRY_SECONDS = 5
#: At most one warning per process in this many seconds while Redis stays down.
WARNING_INTERVAL_SECONDS = 60

#: What redis-py raises when the server is down, unreachable or too slow (its ConnectionError and
#: TimeoutError are RedisError subclasses; OSError covers a socket failing outside its handling).
CACHE_ERRORS = (RedisError, OSError)


class Outage:
    """This process's view of one Redis server: down since when, when to try again, what to do once back."""

    def __init__(self):
        self._lock = threading.Lock()
        self.down_since = None
        self.retry_at = 0.0
        self.last_warning = None
        self.recovery_actions = {}

    @property
    def down(self):
        return self.down_since is not None

    def skipping(self):
        """True while Redis failed recently and should not be asked yet."""
        return self.down and time.time() < self.retry_at

    def failed(self, location, operation, error):
        now = time.time()
        with self._lock:
            if self.down_since is None:
                self.down_since = now
            self.retry_at = now + RETRY_SECONDS
            warn = self.last_warning is None or now - self.last_warning >= WARNING_INTERVAL_SECONDS
            if warn:
                self.last_warning = now
        if warn:
            logger.warning(
                "Cache %s unavailable (%s during %s: %s); until it answers, pages are rendered without it and "
                "rate limits are counted by each process on its own.",
                location, type(error).__name__, operation, error,
            )

    def answered(self, location):
        if not self.down:
            return
        with self._lock:
            if self.down_since is None:
                return
            seconds = time.time() - self.down_since
            self.down_since, self.last_warning = None, None
            actions, self.recovery_actions = self.recovery_actions, {}
        logger.warning("Cache %s answers again after %.0f s without it.", location, seconds)
        for action in actions.values():
            action()


#: One Outage per Redis address, shared by every alias (and thread) of this process that uses it.
_outages = {}
_outages_lock = threading.Lock()


def _outage_for(location):
    with _outages_lock:
        return _outages.setdefault(location, Outage())


def _resilient(operation, fallback):
    """The RedisCache method ``operation``, returning ``fallback(*args, **kwargs)`` when Redis fails."""
    method = getattr(RedisCache, operation)

    def call(self, *args, **kwargs):
        if self.outage.down and not self._answers_again():
            return fallback(*args, **kwargs)
        try:
            return method(self, *args, **kwargs)
        except CACHE_ERRORS as error:
            self.outage.failed(self._server_name, operation, error)
            return fallback(*args, **kwargs)

    call.__name__ = operation
    call.__doc__ = method.__doc__
    return call


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key '{key}' not found (the cache is unavailable).")


class ResilientRedisCache(RedisCache):
    """RedisCache whose every call behaves as on an empty cache that keeps nothing while Redis fails."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._server_name = server.split("@")[-1] if isinstance(server, str) else "redis"
        self.outage = _outage_for(self._server_name)

    def _answers_again(self):
        """After an outage: whether Redis is back, asked at most every RETRY_SECONDS. When it is, what the
        outage left undone (``after_recovery``) is done before this call reads anything."""
        if self.outage.skipping():
            return False
        try:
            self._cache.get_client(write=True).ping()
        except CACHE_ERRORS as error:
            self.outage.failed(self._server_name, "ping", error)
            return False
        self.outage.answered(self._server_name)
        return True

    @property
    def available(self):
        """False while this process has Redis down (its last call failed)."""
        return not self.outage.down

    add = _resilient("add", lambda *args, **kwargs: False)
    get = _resilient("get", lambda key, default=None, version=None: default)
    set = _resilient("set", lambda *args, **kwargs: None)
    touch = _resilient("touch", lambda *args, **kwargs: False)
    delete = _resilient("delete", lambda *args, **kwargs: False)
    get_many = _resilient("get_many", lambda *args, **kwargs: {})
    has_key = _resilient("has_key", lambda *args, **kwargs: False)
    incr = _resilient("incr", _missing_key)
    set_many = _resilient("set_many", lambda data, *args, **kwargs: list(data))
    delete_many = _resilient("delete_many", lambda *args, **kwargs: None)
    clear = _resilient("clear", lambda *args, **kwargs: False)


def available(cache):
    """False while ``cache`` is a Redis cache this process finds down; True for any other backend."""
    return getattr(cache, "available", True)


def answers(cache):
    """Whether ``cache`` answers now; a Redis found down in the last RETRY_SECONDS is not asked again."""
    if isinstance(cache, ResilientRedisCache):
        cache.has_key("health-check")
    return available(cache)


def after_recovery(cache, name, action):
    """Run ``action()`` once ``cache`` answers again (only once per ``name``), if it is down now.

    For writes that must not be lost, such as a purge made while Redis was unreachable: a Redis that
    was only cut off (not restarted empty) would otherwise serve what the purge was meant to remove.
    """
    outage = getattr(cache, "outage", None)
    if outage is not None and outage.down:
        outage.recovery_actions[name] = action

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

A cache whose values never change under a key once written — Wagtail's image renditions — may also keep
copies in each process (OPTIONS ``PROCESS_COPY_SECONDS`` and ``PROCESS_COPY_MAX_ENTRIES``, see
``ProcessCopies``), so a page's images cost
no round trip to Redis: Wagtail reads each rendition and writes it back on every render.
"""

import logging
import pickle
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
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
                location,
                type(error).__name__,
                operation,
                error,
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


def _resilient(operation, fallback, method=None):
    """The RedisCache method ``operation`` (or ``method``), returning ``fallback(*args, **kwargs)`` when Redis
    fails."""
    method = method or getattr(RedisCache, operation)

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


class ProcessCopies:
    """This process's copies of what it read from or wrote to one cache, each kept ``seconds`` at most.

    Only for values that never change under their key: another process's write or delete reaches this one
    when its copy ends, and a write under a key this process holds a copy of is not sent at all (Wagtail
    writes back every rendition it reads; a rendition made with ``bulk_create`` has no primary key, so not
    even equality could tell it is the same). A delete here drops the copy first. Each read gets an object of
    its own (callers change what they get, as Wagtail does with a rendition's ``image``). At most
    ``max_entries`` copies; the oldest goes first.
    """

    def __init__(self, seconds, max_entries):
        self.seconds = seconds
        self.max_entries = max_entries
        self._copies = {}

    def _live(self, key):
        copy = self._copies.get(key)
        return copy if copy is not None and copy[1] > time.monotonic() else None

    def get(self, key):
        copy = self._live(key)
        return _ABSENT if copy is None else pickle.loads(copy[0])

    def holds(self, key):
        return self._live(key) is not None

    def keep(self, key, value):
        self._copies.pop(key, None)
        while len(self._copies) >= self.max_entries:
            del self._copies[next(iter(self._copies))]
        self._copies[key] = (pickle.dumps(value, pickle.HIGHEST_PROTOCOL), time.monotonic() + self.seconds)

    def forget(self, keys=None):
        if keys is None:
            self._copies.clear()
        for key in keys or ():
            self._copies.pop(key, None)


_ABSENT = object()


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key '{key}' not found (the cache is unavailable).")


class _ReusedClientsRedisCacheClient(RedisCacheClient):
    """Django's Redis client, handing out one redis-py client per connection pool rather than a new one per
    call: making one sets up some 170 response callbacks, most of a page-cache hit's CPU time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


def _add_set_get_many(self, to_add, add_timeout, to_set, set_timeout, to_read):
    """In one round trip (a MULTI transaction): ``add`` each of ``to_add``, ``set`` each of ``to_set``, then
    read ``to_read``; returns the values found, as ``get_many``. Bypasses process copies (not for such caches)."""
    serializer = self._cache._serializer
    pipeline = self._cache.get_client(write=True).pipeline(transaction=True)
    for items, timeout, only_if_missing in ((to_add, add_timeout, True), (to_set, set_timeout, False)):
        for key, value in items.items():
            pipeline.set(
                self.make_and_validate_key(key),
                serializer.dumps(value),
                ex=self.get_backend_timeout(timeout),
                nx=only_if_missing,
            )
    pipeline.mget([self.make_and_validate_key(key) for key in to_read])
    values = pipeline.execute()[-1]
    return {key: serializer.loads(value) for key, value in zip(to_read, values, strict=True) if value is not None}


def add_set_get_many(cache, to_add, add_timeout, to_set, set_timeout, to_read):
    """``add`` each of ``to_add``, ``set`` each of ``to_set``, then ``get_many(to_read)``: in one round trip
    on Redis, one call after the other on any other cache."""
    if isinstance(cache, ResilientRedisCache):
        return cache.add_set_get_many(to_add, add_timeout, to_set, set_timeout, to_read)
    for key, value in to_add.items():
        cache.add(key, value, timeout=add_timeout)
    cache.set_many(to_set, timeout=set_timeout)
    return cache.get_many(to_read)


class ResilientRedisCache(RedisCache):
    """RedisCache whose every call behaves as on an empty cache that keeps nothing while Redis fails."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        copy_seconds = options.pop("PROCESS_COPY_SECONDS", 0)
        copy_entries = options.pop("PROCESS_COPY_MAX_ENTRIES", 1000)
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = _ReusedClientsRedisCacheClient
        self._server_name = server.split("@")[-1] if isinstance(server, str) else "redis"
        self.outage = _outage_for(self._server_name)
        self.copies = ProcessCopies(copy_seconds, copy_entries) if copy_seconds else None

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
    _get = _resilient("get", lambda key, default=None, version=None: default)
    _set = _resilient("set", lambda *args, **kwargs: None)
    touch = _resilient("touch", lambda *args, **kwargs: False)
    _delete = _resilient("delete", lambda *args, **kwargs: False)
    _get_many = _resilient("get_many", lambda *args, **kwargs: {})
    has_key = _resilient("has_key", lambda *args, **kwargs: False)
    incr = _resilient("incr", _missing_key)
    _set_many = _resilient("set_many", lambda data, *args, **kwargs: list(data))
    _delete_many = _resilient("delete_many", lambda *args, **kwargs: None)
    _clear = _resilient("clear", lambda *args, **kwargs: False)
    add_set_get_many = _resilient("add_set_get_many", lambda *args, **kwargs: {}, _add_set_get_many)

    # With process copies (PROCESS_COPY_SECONDS): what Wagtail's renditions use goes through them first.

    def get(self, key, default=None, version=None):
        if self.copies is None:
            return self._get(key, default, version)
        value = self.copies.get((key, version))
        if value is _ABSENT:
            value = self._get(key, _ABSENT, version)
            if value is _ABSENT:
                return default
            self.copies.keep((key, version), value)
        return value

    def get_many(self, keys, version=None):
        if self.copies is None:
            return self._get_many(keys, version)
        found = {key: self.copies.get((key, version)) for key in keys}
        found = {key: value for key, value in found.items() if value is not _ABSENT}
        missing = [key for key in keys if key not in found]
        if missing:
            fetched = self._get_many(missing, version)
            for key, value in fetched.items():
                self.copies.keep((key, version), value)
            found.update(fetched)
        return found

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self.copies is not None:
            if self.copies.holds((key, version)):
                return None
            self.copies.keep((key, version), value)
        return self._set(key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        if self.copies is not None:
            data = {key: value for key, value in data.items() if not self.copies.holds((key, version))}
            for key, value in data.items():
                self.copies.keep((key, version), value)
        return self._set_many(data, timeout, version) if data else []

    def delete(self, key, version=None):
        if self.copies is not None:
            self.copies.forget([(key, version)])
        return self._delete(key, version)

    def delete_many(self, keys, version=None):
        if self.copies is not None:
            self.copies.forget([(key, version) for key in keys])
        return self._delete_many(keys, version)

    def clear(self):
        if self.copies is not None:
            self.copies.forget()
        return self._clear()


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

"""A zip of WordPress's ``wp-content/uploads`` folder, as uploaded in the admin, unpacked safely.

Nothing in the archive decides where a file lands outside the folder it is unpacked into: a member whose name
is absolute or climbs out with ``..``, and a symbolic link, refuse the whole archive. So does an archive that
would unpack to more than MAX_BYTES or hold more than MAX_FILES (a "zip bomb"): the sizes are checked as
the bytes are written, not taken from the archive's own claims.
"""

import stat
import zipfile
from pathlib import Path, PurePosixPath

MAX_BYTES = 2 * 1024**3
MAX_FILES = 50_000
_CHUNK = 1024 * 1024


class ArchiveError(ValueError):
    """The archive cannot be used; the message says why, for the person who uploaded it."""


def unpack(archive, into):
    """Unpack the zip file object ``archive`` into the folder ``into``; returns the uploads folder inside it."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            members = [member for member in zipped.infolist() if not member.is_dir()]
            if len(members) > MAX_FILES:
                raise ArchiveError(f"The zip holds more than {MAX_FILES:,} files.")
            written = 0
            for member in members:
                target = _target(Path(into), member)
                target.parent.mkdir(parents=True, exist_ok=True)
                with zipped.open(member) as source, target.open("wb") as copy:
                    while chunk := source.read(_CHUNK):
                        written += len(chunk)
                        if written > MAX_BYTES:
                            raise ArchiveError(f"The zip unpacks to more than {MAX_BYTES // 1024**3} GB.")
                        copy.write(chunk)
    except (zipfile.BadZipFile, EOFError) as error:
        raise ArchiveError("The uploads file is not a readable zip archive.") from error
    return uploads_folder(Path(into))


def _target(root, member):
    name = PurePosixPath(member.filename.replace("\\", "/"))
    if name.is_absolute() or ".." in name.parts or stat.S_ISLNK(member.external_attr >> 16):
        raise ArchiveError(f"The zip holds “{member.filename}”, which points outside its own folder.")
    return root.joinpath(*name.parts)


def uploads_folder(root):
    """The folder holding the year folders: the zip may be of ``wp-content``, of ``uploads`` or of what it holds."""
    for candidate in (root / "wp-content" / "uploads", root / "uploads"):
        if candidate.is_dir():
            return candidate
    return root

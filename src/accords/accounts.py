"""Curator accounts, login sessions and API tokens: the web app and ``accords users`` both
use this module.

Reading is public; every write needs a curator. Accounts are made from the command line
(``accords users add NAME``), passwords hashed with Argon2id (argon2-cffi). A login makes a
server-side session: the browser holds a random token in a cookie (``web.deps``) and the
database holds only its SHA-256, with the session's CSRF token. Scripts use API tokens
(``Authorization: Bearer …``, from ``accords users token NAME``), stored hashed too.

The tables live in their own ``MetaData`` (``web_users``, ``web_tokens``), created when the
app or the CLI opens the store, so accounts add no migration to the store's schema.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, String, Text, delete, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from accords.errors import AccordsError
from accords.store.db import Store

SESSION_DAYS = 14
MIN_PASSWORD = 8

_hasher = PasswordHasher()
#: Verified against when the user does not exist, so both answers take as long.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class AuthError(AccordsError):
    """A user that cannot be created, or credentials that do not match."""


class AccountsBase(DeclarativeBase):
    metadata = MetaData()


class UserRow(AccountsBase):
    __tablename__ = "web_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16), default="curator")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TokenRow(AccountsBase):
    """A login session (``kind='session'``, with its CSRF token) or an API token."""

    __tablename__ = "web_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, ForeignKey("web_users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))
    csrf: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class Curator:
    name: str
    csrf: str | None  # the session's CSRF token; None for API-token requests
    via: str  # "session" or "token"


def ensure_tables(store: Store) -> None:
    AccountsBase.metadata.create_all(store.engine, checkfirst=True)


def _now() -> datetime:
    return datetime.now(UTC)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def valid_name(name: str) -> bool:
    return 0 < len(name) <= 64 and all(c.isalnum() or c in "._-@" for c in name)


def add_user(store: Store, name: str, password: str) -> None:
    if not valid_name(name):
        raise AuthError("a user name is 1-64 letters, digits or . _ - @")
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"a password needs at least {MIN_PASSWORD} characters")
    with Session(store.engine) as session:
        if session.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
            raise AuthError(f"user {name!r} exists already")
        session.add(UserRow(name=name, password_hash=_hasher.hash(password), role="curator",
                            created_at=_now()))
        session.commit()


def remove_user(store: Store, name: str) -> bool:
    with Session(store.engine) as session:
        user = session.scalar(select(UserRow).where(UserRow.name == name))
        if user is None:
            return False
        session.execute(delete(TokenRow).where(TokenRow.user_id == user.id))
        session.delete(user)
        session.commit()
    return True


def list_users(store: Store) -> list[str]:
    with Session(store.engine) as session:
        return list(session.scalars(select(UserRow.name).order_by(UserRow.name)))


def check_password(store: Store, name: str, password: str) -> bool:
    with Session(store.engine) as session:
        stored = session.scalar(select(UserRow.password_hash).where(UserRow.name == name))
    try:
        return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def _issue(store: Store, name: str, kind: str, days: int | None) -> tuple[str, str | None]:
    token, csrf = secrets.token_urlsafe(32), None
    with Session(store.engine) as session:
        user_id = session.scalar(select(UserRow.id).where(UserRow.name == name))
        if user_id is None:
            raise AuthError(f"no user {name!r}")
        csrf = secrets.token_urlsafe(32) if kind == "session" else None
        expires = _now() + timedelta(days=days) if days else None
        session.add(TokenRow(token_hash=_digest(token), user_id=user_id, kind=kind, csrf=csrf,
                             created_at=_now(), expires_at=expires))
        session.commit()
    return token, csrf


def start_session(store: Store, name: str) -> str:
    """A new login session for ``name``; returns the cookie value."""
    return _issue(store, name, "session", SESSION_DAYS)[0]


def new_api_token(store: Store, name: str) -> str:
    """A new API token for ``name`` (shown once; only its hash is kept)."""
    return _issue(store, name, "api", None)[0]


def end_session(store: Store, token: str) -> None:
    with Session(store.engine) as session:
        session.execute(delete(TokenRow).where(TokenRow.token_hash == _digest(token)))
        session.commit()


def lookup(store: Store, token: str | None, kind: str) -> Curator | None:
    """The curator a session cookie or API token belongs to, if it is valid and unexpired."""
    if not token or len(token) > 256:
        return None
    with Session(store.engine) as session:
        found = session.execute(
            select(TokenRow, UserRow.name).join(UserRow, UserRow.id == TokenRow.user_id)
            .where(TokenRow.token_hash == _digest(token), TokenRow.kind == kind)
        ).first()
    if found is None:
        return None
    row, name = found
    expires = _aware(row.expires_at)
    if expires is not None and expires < _now():
        return None
    return Curator(name=name, csrf=row.csrf, via="session" if kind == "session" else "token")


def same_token(expected: str | None, given: str | None) -> bool:
    """Whether a token given (a form's or a header's CSRF token) is the one expected, compared
    in constant time; never when either is missing."""
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))

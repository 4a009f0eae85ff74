"""The e-mail digest: one message per watch per period, listing its new events in plain
text and in HTML, with links to the records and articles; sent with ``smtplib``."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from jinja2 import Environment

from accords.alerts.watches import Watch, event_title

_html = Environment(autoescape=True).from_string("""\
<!doctype html>
<html><body>
<h1>{{ watch.name }}</h1>
<p>{{ events|length }} change{{ '' if events|length == 1 else 's' }} in the registry
({{ watch.filters.describe() }}).</p>
<ul>
{% for event in events %}
<li><a href="{{ event.links.record }}">{{ titles[loop.index0] }}</a>
{% if event.sentence %}<blockquote>{{ event.sentence }}</blockquote>{% endif %}
{% if event.links.article %}<a href="{{ event.links.article }}">the article</a>{% endif %}
{% if event.by %}by {{ event.by }}{% endif %}</li>
{% endfor %}
</ul>
<p><a href="{{ watch.feed_url }}">This watch's Atom feed</a></p>
</body></html>
""")


def digest(watch: Watch, events: list[dict[str, Any]], rows: list[Any], sender: str) -> EmailMessage:
    """The message for ``events`` (``watches.event_dict``; ``rows`` the same as rows)."""
    titles = [event_title(row) for row in rows]
    lines = [f"{watch.name}: {len(events)} change{'' if len(events) == 1 else 's'} in the "
             f"registry ({watch.filters.describe()}).", ""]
    for title, event in zip(titles, events, strict=True):
        lines.append(f"* {title}")
        if event["sentence"]:
            lines.append(f"  “{event['sentence']}”")
        lines.append(f"  record: {event['links']['record']}")
        if event["links"]["article"]:
            lines.append(f"  article: {event['links']['article']}")
        if event["by"]:
            lines.append(f"  by: {event['by']}")
        lines.append("")
    lines.append(f"Atom feed: {watch.feed_url}")
    message = EmailMessage()
    message["Subject"] = f"[Accords] {watch.name}: {len(events)} change" + (
        "" if len(events) == 1 else "s")
    message["From"] = sender
    message["To"] = watch.email
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="accords")
    message.set_content("\n".join(lines) + "\n")
    message.add_alternative(_html.render(watch=watch, events=events, titles=titles),
                            subtype="html")
    return message


def send(message: EmailMessage, config: dict[str, Any], timeout: float) -> None:
    """Hand ``message`` to the SMTP server in ``config`` (``settings.smtp``); raises
    ``smtplib.SMTPException`` or ``OSError`` when it cannot."""
    with smtplib.SMTP(str(config["host"]), int(config["port"]), timeout=timeout) as client:
        if config.get("starttls"):
            client.starttls()
        if config.get("user"):
            client.login(str(config["user"]), str(config.get("password") or ""))
        client.send_message(message)

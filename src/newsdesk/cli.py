"""Command line: ``newsdesk run | ingest | facts | export | events | show``.

Each command is a thin shell around :class:`newsdesk.desk.Desk`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from newsdesk import __version__
from newsdesk.brief import to_html, to_json, to_markdown
from newsdesk.store.sqlite import StoreError

if TYPE_CHECKING:
    from newsdesk.desk import Desk, FactsReport, IngestReport

_DB_HELP = "SQLite store file (created if missing)."


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsdesk")
def main() -> None:
    """Turn raw news from many outlets into verified event records."""


def _workers_option(f):
    return click.option("--workers", type=click.IntRange(min=1), default=None,
                        help="Cleaning processes (default: one per core).")(f)


def _existing_db_option(f):
    return click.option("--db", type=click.Path(dir_okay=False, exists=True, path_type=Path),
                        default=Path("newsdesk.db"), show_default=True, help="SQLite store file.")(f)


def _quiet_option(f):
    return click.option("--quiet", "-q", is_flag=True, help="No progress lines on standard error.")(f)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for articles.jsonl, events.jsonl, claims.jsonl and rejected.jsonl.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SQLite store file (default: OUT/newsdesk.db).")
@_workers_option
@_quiet_option
def run(inputs: tuple[str, ...], out_dir: Path, db: Path | None, workers: int | None, quiet: bool) -> None:
    """Read INPUTS (JSONL files or -, directories, .txt/.html/.warc/.rss/.atom files, http(s) addresses of feeds
    or pages) and write the batch output."""
    with _open_desk(db or out_dir / "newsdesk.db", workers) as desk:
        report = desk.ingest(inputs, progress=None if quiet else _print_progress)
        facts = desk.extract_facts(progress=None if quiet else _print_progress)
        counts = desk.export(out_dir, [*report.rejected, *facts.failed])
    _finish(report, quiet, facts)
    if not quiet:
        click.echo(f"wrote {counts['articles']} articles and {counts['events']} events to {out_dir}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=Path("newsdesk.db"),
              show_default=True, help=_DB_HELP)
@_workers_option
@_quiet_option
def ingest(inputs: tuple[str, ...], db: Path, workers: int | None, quiet: bool) -> None:
    """Add the articles of INPUTS to the store (their claims come with `newsdesk facts`)."""
    with _open_desk(db, workers) as desk:
        report = desk.ingest(inputs, progress=None if quiet else _print_progress)
    _finish(report, quiet)


@main.command()
@_existing_db_option
@_workers_option
@_quiet_option
def facts(db: Path, workers: int | None, quiet: bool) -> None:
    """Extract the claims of every stored article that has none yet (resumable)."""
    with _open_desk(db, workers) as desk:
        report = desk.extract_facts(progress=None if quiet else _print_progress)
    for failure in report.failed:
        click.echo(f"failed {failure.id}: {failure.reason}", err=True)
    if not quiet:
        click.echo(report.summary(), err=True)


@main.command()
@_existing_db_option
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the JSONL files.")
def export(db: Path, out_dir: Path) -> None:
    """Write the whole store as the contract's JSONL files."""
    with _open_desk(db, 1) as desk:
        counts = desk.export(out_dir)
        pending = desk.store.count_without_facts()
    click.echo(f"wrote {counts['articles']} articles and {counts['events']} events to {out_dir}", err=True)
    if pending:
        click.echo(f"note: {pending} article(s) have no claims yet; run `newsdesk facts --db {db}` first", err=True)


@main.command()
@_existing_db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event instead of a table.")
def events(db: Path, as_json: bool) -> None:
    """List the events in the store."""
    with _open_desk(db, 1) as desk:
        for event in desk.events():
            if as_json:
                click.echo(json.dumps(event.to_dict(), ensure_ascii=False))
            else:
                click.echo(f"{event.event_id}  {event.date or '----------'}  "
                           f"{len(event.article_ids):>3} art. {event.independent_sources:>3} indep.  {event.title or ''}")


@main.command()
@_existing_db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per outlet instead of a table.")
def outlets(db: Path, as_json: bool) -> None:
    """List what the desk learned of each outlet: the country and the area (beat) it reports from."""
    from newsdesk.places import place_of

    with _open_desk(db, 1) as desk:
        for outlet, home in desk.outlet_homes().items():
            centre = place_of(home.beat) if home.beat is not None else None
            if as_json:
                click.echo(json.dumps({"outlet": outlet, "home_country": home.country,
                                       "beat": centre.to_dict() if centre else None}, ensure_ascii=False))
            else:
                where = f"{centre.name} ({', '.join(filter(None, (centre.admin1, centre.country)))})" if centre else "-"
                click.echo(f"{outlet:<40}  {home.country or '--'}  beat: {where}")


@main.command()
@click.argument("event_id")
@_existing_db_option
@click.option("--format", "fmt", type=click.Choice(["markdown", "html", "json"]), default="markdown",
              show_default=True, help="Markdown brief with citations, an escaped HTML fragment, or the JSON record.")
def show(event_id: str, db: Path, fmt: str) -> None:
    """Show one event: its cited brief, where, when, and who reported it."""
    with _open_desk(db, 1) as desk:
        event = desk.event(event_id)
        if event is None:
            raise click.ClickException(f"no event {event_id!r} in {db} (list them with: newsdesk events --db {db})")
        if fmt != "markdown":
            click.echo(to_html(event) if fmt == "html" else to_json(event))
            return
        click.echo(to_markdown(event))
        click.echo(f"\n{event.independent_sources} independent source(s):")
        for article_id in event.article_ids:
            article = desk.store.article(article_id)
            copy = f" (copy of {article.duplicate_of})" if article.duplicate_of else ""
            click.echo(f"- {article.id} [{article.source or '?'}, {article.published or '?'}, "
                       f"{article.language or '?'}]{copy}: {article.title or ''}")


def _open_desk(db: Path, workers: int | None) -> Desk:
    from newsdesk.desk import Desk  # every stage's libraries: loaded by the commands that need them, not by --help

    try:
        return Desk(db, workers=workers)
    except StoreError as err:
        raise click.ClickException(str(err)) from err


def _print_progress(report: IngestReport | FactsReport) -> None:
    click.echo(f"… {report.summary()}", err=True)


def _finish(report: IngestReport, quiet: bool, facts: FactsReport | None = None) -> None:
    for rejection in [*report.rejected, *(facts.failed if facts else [])]:
        where = rejection.id if rejection.id is not None else rejection.path
        line = f":{rejection.line}" if rejection.line is not None else ""
        click.echo(f"rejected {where}{line}: {rejection.reason}", err=True)
    if not quiet:
        click.echo(report.summary(), err=True)
        if facts:
            click.echo(facts.summary(), err=True)
    if report.stored == 0 and report.already_stored == 0:
        click.echo("error: nothing could be read from the input", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()

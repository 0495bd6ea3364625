package nl.ruimteverkenner.model;

import java.util.Objects;

/**
 * A document a scenario cites.
 *
 * @param id        short code used in citations, e.g. {@code NR}
 * @param title     full title
 * @param publisher who published it
 * @param date      {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param pages     number of pages; cited pages must lie in 1..pages
 * @param url       where to find it; may be empty
 * @param pagesEstimated whether the cited page numbers are estimates (e.g. counted from a text version:
 *                  shown as "p. 86 (±1)")
 */
public record SourceDocument(String id, String title, String publisher, String date, int pages, String url,
                             boolean pagesEstimated) {
    /** A document whose cited pages are exact. */
    public SourceDocument(String id, String title, String publisher, String date, int pages, String url) {
        this(id, title, publisher, date, pages, url, false);
    }

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        publisher = publisher == null ? "" : publisher;
        date = date == null ? "" : date;
        url = url == null ? "" : url;
    }
}

package com.konaplate.sdk;

import com.konaplate.sdk.exception.KonaplateException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paged read, fetched a page at a time as it is consumed: iterating (or
 * streaming) asks for the first page, and for the next one only once the items of the current
 * one are used up, until the last page. Each page is a call of its own, retried as reads are; a
 * failed page throws its {@link KonaplateException} from {@code hasNext()}/{@code next()}. Each
 * iteration starts again from the first page. Immutable and thread-safe; its iterators are not.
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {
  /** Fetches one page of a paged read. */
  @FunctionalInterface
  public interface Fetcher<T> {
    /** The page numbered {@code page} (from the first page asked for). */
    Page<T> fetch(long page);
  }

  /** One page: its items and how many pages there are (null when the answer does not say). */
  public static final class Page<T> {
    private final List<T> items;
    private final Long totalPages;

    /** A page of {@code items} (null for none) out of {@code totalPages} (null: unknown). */
    public Page(List<T> items, Long totalPages) {
      this.items = items == null ? Collections.<T>emptyList() : items;
      this.totalPages = totalPages;
    }

    /** The page's items. */
    public List<T> items() {
      return items;
    }

    /** How many pages there are, or null when the answer does not say. */
    public Long totalPages() {
      return totalPages;
    }
  }

  private final Fetcher<T> fetcher;
  private final long firstPage;

  /** Items of the pages {@code fetcher} gives, from page {@code firstPage}. */
  public Paged(Fetcher<T> fetcher, long firstPage) {
    this.fetcher = fetcher;
    this.firstPage = firstPage;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<T>() {
      private long next = firstPage;
      private Iterator<T> items = Collections.<T>emptyIterator();
      private boolean last;

      @Override
      public boolean hasNext() {
        while (!items.hasNext() && !last) {
          Page<T> page = fetcher.fetch(next);
          items = page.items().iterator();
          next++;
          // The last page: the answer says so, or (when it does not) a page came back empty.
          last = page.totalPages() == null ? page.items().isEmpty() : next >= page.totalPages();
        }
        return items.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }

  /** The items as a sequential stream that fetches pages as it is consumed. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public String toString() {
    return "Paged{from page " + firstPage + "}";
  }
}

// Reading a whole timeline from an API that gives `first` items at a time
// and a cursor on each (timeline(id, kinds, from, to, first, after)). No DOM
// here, so that the unit tests import it under node.

// pageTimeline reads up to maxPages pages, each after the last item's cursor
// of the one before, until a page comes short. fetchPage(after) answers one
// page (after null for the first), oldest first, undated meetings last. cut
// says that maxPages did not reach the end.
export async function pageTimeline(fetchPage, { first, maxPages }) {
  const items = [];
  let after = null;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await fetchPage(after);
    items.push(...page);
    if (page.length < first) return { items, cut: false };
    after = page[page.length - 1].cursor;
  }
  return { items, cut: true };
}

// Reading a whole timeline from an API that gives its oldest `first` items
// (timeline(id, from, to, first)), each page from the last one's last date:
// written before timeline had a cursor (api46's after:), which it does not
// use yet. No DOM here, so that the
// unit tests import it under node.

function itemKey(i) {
  return `${i.kind}:${(i.meeting && i.meeting.id) || (i.article && i.article.id) || ""}`;
}

// pageTimeline reads up to maxPages pages: a page that comes full is followed
// by one from its last item's date (that day's items come again and are
// dropped by id). fetchPage({from, to}) answers one page, oldest first,
// undated meetings last. Undated meetings come only at the end of a
// timeline read without a lower bound to its end: a bound drops them, so
// undatedLeftOut says when a later page was needed to reach the end. cut
// says that maxPages did not reach it (or that one day holds more than a
// page).
export async function pageTimeline(fetchPage, { from, to, first, maxPages }) {
  let page = await fetchPage({ from, to });
  const items = [...page];
  const seen = new Set(items.map(itemKey));
  let pages = 1;
  let cut = page.length >= first;
  while (cut && pages < maxPages) {
    const last = items[items.length - 1].date;
    if (!last) {
      // The page ended among the undated meetings: the dated ones are all
      // read, and only undated ones are left.
      break;
    }
    page = await fetchPage({ from: last, to });
    pages++;
    const fresh = page.filter((i) => !seen.has(itemKey(i)));
    for (const i of fresh) seen.add(itemKey(i));
    items.push(...fresh);
    cut = page.length >= first;
    if (!fresh.length) break; // one day holds more than a page
  }
  return { items, cut, undatedLeftOut: pages > 1 };
}

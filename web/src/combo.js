// An accessible typeahead (ARIA 1.2 combobox with a listbox popup): arrow
// keys move through the options, Enter picks, Escape closes, and a mouse
// click picks too. fetchItems(text, signal) returns [{id, name, type}].
// When nothing matches, or the search fails, a line under the input says so
// (role="status", so a screen reader hears it too) instead of nothing.
import { shapeSVG, nodeStyle } from "./types.js";
import { escapeHTML } from "./util.js";

let uid = 0;

export function combobox({ input, list, fetchItems, onPick, minChars = 1, delay = 120, enterPicksFirst = false }) {
  const base = `opt-${++uid}`;
  let items = [];
  let active = -1;
  let timer = null;
  let controller = null;
  let lastText = "";
  const note = document.createElement("p");
  note.className = "combo-note";
  note.id = `${base}-note`;
  note.setAttribute("role", "status");
  note.hidden = true;
  list.after(note);

  function say(text, kind = "") {
    note.textContent = text;
    note.className = `combo-note ${kind}`;
    note.hidden = !text;
  }

  function open() {
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
  }

  function close() {
    say("");
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  // cancel closes the popup and drops a search still on its way, so that a
  // late answer cannot open it again after Escape, a blur or a submit (a
  // popup opened under the form's button swallowed its click in CI).
  function cancel() {
    clearTimeout(timer);
    if (controller) {
      controller.abort();
      controller = null;
      lastText = ""; // its items are an older text's: search again next time
    }
    close();
  }

  function setActive(i) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0 && list.children[i]) {
      input.setAttribute("aria-activedescendant", list.children[i].id);
      list.children[i].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function render() {
    list.innerHTML = items
      .map(
        (it, i) =>
          `<li role="option" id="${base}-${i}" aria-selected="false" data-i="${i}">` +
          `${shapeSVG(it.type)}<span class="name">${escapeHTML(it.name)}</span>` +
          `<span class="type">${escapeHTML(nodeStyle(it.type).label === "Other" ? it.type : nodeStyle(it.type).label)}</span></li>`,
      )
      .join("");
    active = -1;
    open();
    say(items.length ? "" : `Nothing matches “${lastText}”.`);
  }

  async function update() {
    const text = input.value.trim();
    if (text === lastText && items.length) {
      open();
      return;
    }
    lastText = text;
    if (controller) controller.abort();
    if (text.length < minChars) {
      items = [];
      close();
      return;
    }
    const mine = new AbortController();
    controller = mine;
    try {
      items = await fetchItems(text, mine.signal);
      if (mine.signal.aborted || text !== input.value.trim()) return;
      render();
    } catch (err) {
      if (err.name !== "AbortError" && text === input.value.trim()) {
        items = [];
        close();
        lastText = ""; // search again next time
        say(`The search failed: ${err && err.message ? err.message : err}`, "error");
      }
    } finally {
      if (controller === mine) controller = null;
    }
  }

  function pick(i) {
    const it = items[i];
    if (!it) return;
    close();
    input.value = it.name;
    lastText = it.name;
    onPick(it);
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(update, delay);
  });
  input.addEventListener("focus", () => {
    if (items.length && input.value.trim() === lastText) open();
  });
  input.addEventListener("blur", () => setTimeout(cancel, 150));
  input.form?.addEventListener("submit", cancel);
  input.addEventListener("keydown", (e) => {
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (list.hidden) {
          update();
          open();
        }
        if (items.length) setActive((active + 1) % items.length);
        break;
      case "ArrowUp":
        e.preventDefault();
        if (items.length) setActive(active <= 0 ? items.length - 1 : active - 1);
        break;
      case "Enter":
        if (!list.hidden && active >= 0) {
          e.preventDefault();
          pick(active);
        } else if (enterPicksFirst && input.value.trim()) {
          e.preventDefault();
          clearTimeout(timer);
          update().then(() => items.length && pick(0));
        }
        break;
      case "Escape":
        if (!list.hidden) e.preventDefault();
        cancel();
        break;
    }
  });
  list.addEventListener("mousedown", (e) => e.preventDefault()); // keep focus in the input
  list.addEventListener("click", (e) => {
    const li = e.target.closest("li[data-i]");
    if (li) pick(Number(li.dataset.i));
  });

  return {
    // refresh re-runs the search for the current text (on Enter with no
    // option chosen, for instance).
    async results() {
      await update();
      return items;
    },
    close,
  };
}

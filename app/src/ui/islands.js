// Wakes the page's islands (the WASM module is fetched only when one needs
// it). An island inside `[data-wake=<onUse>]` (`WAKE_ON_USE`) wakes when the visitor first
// touches it (focus, a tap, a key): the header's search box is on every page,
// and a page with no other island fetches no WASM until someone searches.
// Every other island wakes once the page is idle. Without JavaScript nothing
// here runs and nothing is fetched: there are no preload links.
((pkg, js, wasm, onUse) => {
  const touches = ["focusin", "pointerdown", "keydown"];
  let ready;
  const module = () =>
    (ready ??= import(`/${pkg}/${js}.js`).then(async (m) => {
      await m.default({ module_or_path: `/${pkg}/${wasm}.wasm` });
      m.hydrate();
      return m;
    }));
  const wake = (island) =>
    module().then((m) => {
      const start = m[island.dataset.component];
      if (start) start(island);
      // What she typed before the island woke gets its answer now.
      const typing = document.activeElement;
      if (typing && island.contains(typing) && typing.value) {
        typing.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
  const idle = (f) => ("requestIdleCallback" in window ? requestIdleCallback(f) : setTimeout(f, 1));
  // Islands inside islands wake with their outer one.
  const outer = [...document.querySelectorAll("leptos-island")].filter(
    (el) => !el.parentElement.closest("leptos-island"),
  );
  for (const island of outer) {
    if (island.closest(`[data-wake="${onUse}"]`)) {
      const first = () => {
        for (const type of touches) island.removeEventListener(type, first);
        wake(island);
      };
      for (const type of touches) island.addEventListener(type, first);
    } else {
      idle(() => wake(island));
    }
  }
})

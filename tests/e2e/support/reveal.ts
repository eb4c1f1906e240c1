/** Tips folded away (a group's items, "More tips") are in the DOM but hidden: open the folds around an element,
 * as a person clicking their summaries would, before clicking it. Works for both browsers' page objects. */
interface Evaluates {
  evaluate(fn: (el: Element) => void): Promise<unknown>;
}

export async function reveal(locator: Evaluates): Promise<void> {
  await locator.evaluate((el) => {
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) (d as HTMLDetailsElement).open = true;
  });
}

const STORAGE_KEY = 'vajs:onboarding';

function readDone(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

/** Shows "Loetud" checkboxes on the onboarding steps and keeps them in this browser only. */
export function trackOnboarding(listId: string, statusId: string): void {
  const list = document.getElementById(listId);
  const status = document.getElementById(statusId);
  if (!list || !status) return;
  const boxes = [...list.querySelectorAll<HTMLInputElement>('input[data-step]')];
  const done = readDone();
  const show = () => {
    status.hidden = false;
    status.textContent = `Läbitud ${boxes.filter((box) => box.checked).length} sammu ${boxes.length}-st.`;
  };
  for (const box of boxes) {
    box.checked = done.has(box.dataset.step!);
    box.closest('label')!.hidden = false;
    box.addEventListener('change', () => {
      if (box.checked) done.add(box.dataset.step!);
      else done.delete(box.dataset.step!);
      localStorage.setItem(STORAGE_KEY, JSON.stringify([...done]));
      show();
    });
  }
  show();
}

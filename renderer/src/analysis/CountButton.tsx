/** A number of a view's table: a button that lists the mentions behind it, or a plain 0 (nothing to list). */

export function CountButton({ count, onPick }: { count: number; onPick: () => void }) {
  if (count === 0) return <>0</>;
  return (
    <button type="button" className="number" onClick={onPick}>
      {count}
    </button>
  );
}

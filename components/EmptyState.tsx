/** What to do when nothing is saved yet. */
export function EmptyState() {
  return (
    <div class="empty-state">
      <p>No clippings yet.</p>
      <p>
        Open a news article, click the Diplomark button in the toolbar and press <strong>Save this page</strong> (or
        use the save button Diplomark shows on the page). Saved articles appear here, newest first.
      </p>
    </div>
  );
}

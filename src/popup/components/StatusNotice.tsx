/** A plain sentence telling the user what state Kalm is in (loading, nothing open, failure). */
export function StatusNotice({ text }: { text: string }) {
  return (
    <p class="notice" role="status" data-testid="status-message">
      {text}
    </p>
  );
}

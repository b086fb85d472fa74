
export default function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have been mistyped, or the story or source may not exist.</p>
      <p>
        <a href="/">See all stories</a>
      </p>
    </div>
  );
}

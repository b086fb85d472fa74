/**
 * What `npm run content:new -- <slug>` writes: the smallest story with every
 * part an editor writes (the frontmatter with the content note's fields, a
 * heading, a claim with its `<Cite>`, the account's own words), each
 * explained in a comment. Its blanks are left blank, so content:check fails
 * on exactly what the editor must still supply, and says so: the title, the
 * summary, the topics, the first claim and its source (then its quote).
 */
export function newStoryText(slug: string, today: string): string {
  return `---
# What readers see first. Every field is described in docs/authoring.md.
title: ""              # the story's headline
summary: ""            # one calm sentence: what happened
published: ${today}    # the day this account is first published (YYYY-MM-DD)
language: en
topics: []             # the content note, shown before the story: what it contains, in plain words, e.g. [pregnancy loss at 20 weeks, grief]
support: []            # optional: who readers can turn to, each with name, url and description
changes:               # the log under "Changes to this account", oldest first; the first entry is the publication
  - date: ${today}
    summary: First published.
---

{/*
  The account. Each sentence is a claim, and right after it, in the same
  paragraph, comes a <Cite> for each archived article that reports it:
  source is the article's id (its file name under sources/, which
  npm run content:import writes), quote its exact words (find them with
  npm run content:suggest -- --story ${slug} "the claim"). Matching forgives
  typography, never a word. Several <Cite>s in a row cite one claim.
  The account's own words (an introduction, how it was made) are wrapped in
  <Own>…</Own> and cite nothing. Check with npm run content:check; preview
  with npm run dev.
*/}

## What happened

{/* Write the first claim on the line below, then put its <Cite> right after it, on the same line. */}
<Cite source="" quote="" />

## How this account was made

<Own>

Each claim links to the exact words of the articles that report it, archived with this story.

</Own>
`;
}

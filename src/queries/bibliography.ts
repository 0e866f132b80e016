// A bibliography as pages show it: the Reference rows of a model or theme article, in order.
export const bibliographyInclude = {
  orderBy: { position: "asc" },
  select: { authors: true, year: true, title: true, publisher: true, url: true },
} as const;

/** A user-facing text in the product's two languages; Chinese first. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export const text = (zh: string, en: string): Text => ({ zh, en });

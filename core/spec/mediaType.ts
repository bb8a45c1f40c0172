/** The media type of a `Content-Type` value without its parameters, lower case: `application/json`. */
export function mediaTypeEssence(contentType: string): string {
  const semicolon = contentType.indexOf(';');
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/** `application/json` or any `application/*+json`, parameters such as `charset` ignored. */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json$/.test(mediaTypeEssence(mediaType));
}

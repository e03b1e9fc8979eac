/** The response of an endpoint that publishes a file drawn at build time (an icon, a picture). */
export function binaryResponse(bytes: Uint8Array, contentType: string): Response {
  // Copied into a plain ArrayBuffer, which is what a Response body takes (a Buffer may share a larger pool).
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': contentType } });
}

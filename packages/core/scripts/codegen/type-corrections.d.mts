/** Applies the corrections to a parsed 2.14 description in place and returns it. */
export function correctTypes<Spec>(spec: Spec): Spec;

/* Types for the natural submodules we import directly (the package root loads .env and prints on import). */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/stemmers/indonesian/stemmer_id.js' {
  const StemmerId: { stem(word: string): string };
  export default StemmerId;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}
declare module 'natural/lib/natural/stemmers/indonesian/data/kata-dasar.json' {
  const rootWords: string[];
  export default rootWords;
}

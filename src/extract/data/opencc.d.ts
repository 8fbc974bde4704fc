// opencc-js ships its dictionaries as modules without declarations: each is one string,
// entries "source replacement" separated by |.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}

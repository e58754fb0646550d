x = "abc\N{foo}"

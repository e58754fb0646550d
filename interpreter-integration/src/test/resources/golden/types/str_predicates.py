tests = ["123", "12.3", "abc", "Abc1", "   ", "", "\t\n", "½", "٣", "a b", "ABC", "abc", "_x"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.isidentifier())

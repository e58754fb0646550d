import io
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class StackTest(unittest.TestCase):
    def setUp(self):
        self.s = Stack()

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertIn("empty", str(cm.exception))

    def test_wrong(self):
        self.s.push(3)
        self.assertEqual(self.s.pop(), 4, "values differ")

    def test_error(self):
        self.s.undefined()

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_dicts(self):
        self.assertDictEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3]})

    def test_lists(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4, 5])

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.1, places=3)


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def test_a(self):
        self.addCleanup(self.log.append, "cleanup a")
        self.log.append("a")

    def test_b(self):
        self.log.append("b")


def scrub(text):
    # the summary line has a timing ("Ran 10 tests in 0.003s"), the tracebacks name the script by its path
    out = []
    for line in text.splitlines():
        if line.startswith("Ran "):
            line = line.split(" in ")[0]
        if line.startswith('  File "'):
            # the script's path as the interpreter was given it: its base name only
            q = line.index('"', 8)
            line = '  File "' + line[8:q].rsplit("/", 1)[-1] + line[q:]
        out.append(line)
    return "\n".join(out)


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(StackTest))
suite.addTests(loader.loadTestsFromTestCase(Fixtures))
print(suite.countTestCases(), [t.id().split(".")[-1] for t in suite][:3])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(scrub(stream.getvalue()))
print("ok:", result.wasSuccessful(), "run:", result.testsRun, "fail:", len(result.failures),
      "err:", len(result.errors), "skip:", len(result.skipped), "xfail:", len(result.expectedFailures))
print(Fixtures.log)
stream = io.StringIO()
r2 = unittest.TextTestRunner(stream=stream, verbosity=1).run(loader.loadTestsFromName("__main__.Fixtures.test_b"))
print(scrub(stream.getvalue()))
print(loader.getTestCaseNames(StackTest))

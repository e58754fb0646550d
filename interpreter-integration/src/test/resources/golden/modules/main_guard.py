def main():
    print("main called", __name__)
    return 0
if __name__ == "__main__":
    main()
print("module level", __name__ == "__main__")
import _helper_mod
print(_helper_mod.__name__ != "__main__")

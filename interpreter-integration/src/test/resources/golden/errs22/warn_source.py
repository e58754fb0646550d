import warnings
class Res:
    pass
r = Res()
warnings.warn("leak", ResourceWarning, source=r)
warnings.simplefilter("always")
warnings.warn("leak2", ResourceWarning, source=r)
warnings.warn("plain", UserWarning, source=r)

"""_elementtree for stmj: `xml.etree.ElementTree`'s own pure-Python classes under the C module's behaviour where
programs see a difference: Element.keys() and Element.items() return lists (the pure class returns dict views,
so `el.items()` printed `dict_items([...])` and `el.keys()[0]` failed). Imported by ElementTree while it runs
(its `from _elementtree import *` near the end), as `_pickle` is by `pickle`."""
import sys as _sys

_ET = _sys.modules.get('xml.etree.ElementTree')
if _ET is None or not hasattr(_ET, '_Element_Py'):
    # only ElementTree itself can provide the classes; a direct import sees no C accelerator
    raise ModuleNotFoundError("No module named '_elementtree'", name='_elementtree')


class Element(_ET._Element_Py):
    __module__ = 'xml.etree.ElementTree'

    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())


def SubElement(parent, tag, attrib={}, **extra):
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


ParseError = _ET.ParseError
TreeBuilder = _ET.TreeBuilder
XMLParser = _ET.XMLParser


def _set_factories(comment_factory, pi_factory):
    """The C module's hook for the TreeBuilder's factories; the pure TreeBuilder has its own."""
    return None


__all__ = ['Element', 'SubElement', 'ParseError', 'TreeBuilder', 'XMLParser']

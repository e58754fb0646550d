"""An order service with a layered exception hierarchy; tracebacks printed, logged and finally uncaught."""
import logging
import sys
import traceback
import warnings

logging.basicConfig(stream=sys.stderr, level=logging.DEBUG,
                    format="%(levelname)-7s %(name)s:%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("orders")


class ServiceError(Exception):
    """Base of the service's errors."""


class ValidationError(ServiceError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field, self.problem = field, problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


class PaymentError(ServiceError):
    pass


class StockError(ServiceError, LookupError):
    pass


STOCK = {"pen": 3, "book": 0}


def validate(order):
    if order.get("qty", 0) <= 0:
        raise ValidationError("qty", f"must be positive, got {order.get('qty')}")
    if order["item"] not in STOCK:
        raise StockError(order["item"])


def charge(order):
    try:
        cents = int(order["price"] * 100)
        if order["card"].startswith("0"):
            raise ZeroDivisionError("bank rejected")
        return cents
    except (KeyError, ZeroDivisionError) as e:
        raise PaymentError(f"cannot charge order {order.get('id')}") from e


def place(order):
    validate(order)
    if STOCK[order["item"]] < order["qty"]:
        err = StockError(f"only {STOCK[order['item']]} {order['item']} left")
        err.add_note(f"order id {order['id']}")
        raise err
    cents = charge(order)
    STOCK[order["item"]] -= order["qty"]
    return cents


orders = [
    {"id": 1, "item": "pen", "qty": 2, "price": 1.5, "card": "4111"},
    {"id": 2, "item": "pen", "qty": 0},
    {"id": 3, "item": "lamp", "qty": 1},
    {"id": 4, "item": "book", "qty": 1},
    {"id": 5, "item": "pen", "qty": 1, "price": 2.0},
    {"id": 6, "item": "pen", "qty": 1, "price": 2.0, "card": "0000"},
]
for o in orders:
    try:
        log.info("placed %d for %d cents", o["id"], place(o))
    except ValidationError as e:
        log.warning("invalid order %s: %s (%r)", o["id"], e, e.args)
    except StockError as e:
        log.error("stock problem for %s: %s", o["id"], e)
        print("notes:", getattr(e, "__notes__", None), isinstance(e, LookupError))
    except PaymentError as e:
        log.exception("payment failed")
        print("cause:", repr(e.__cause__), e.__suppress_context__)

try:
    place({"id": 7, "item": "pen", "qty": 1, "price": 1.0})
except ServiceError:
    lines = traceback.format_exc().splitlines()
    print(len(lines), lines[0], lines[-1], sep="\n")
    exc_type, exc, tb = sys.exc_info()
    print([f.name for f in traceback.extract_tb(tb)], exc_type.__mro__[1].__name__)
print("".join(traceback.format_exception_only(ValidationError("x", "y"))), end="")
warnings.warn("legacy order format", DeprecationWarning)
warnings.warn("legacy order format", UserWarning, stacklevel=1)
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as w:
    print("raised:", w)
log.debug("stock now %s", STOCK)
logging.getLogger("orders.audit").critical("audit %s", "done")


def shutdown(pending):
    try:
        return 100 // pending
    except ZeroDivisionError:
        raise RuntimeError("shutdown with nothing pending") from None


def finalize():
    try:
        shutdown(0)
    finally:
        print("finalize ran", flush=True)


try:
    finalize()
except RuntimeError as e:
    e.add_note("while finalizing")
    raise ServiceError("fatal") from e

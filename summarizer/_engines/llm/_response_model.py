"""The response models the client hands instructor, wrapped once per process.

Instructor turns a plain pydantic model into a new ``ResponseSchema`` subclass on every call
(~1 ms), so its tool-schema cache (keyed by class) never hits and each request regenerated the
same JSON schema (~2.5 ms): CPU under the GIL, of ~12 ms a request, that concurrent drafts queue
for. Given a class already wrapped it uses it as is. The answer is an instance of the wrapper,
a subclass of the model, as it was before; the request is the same, byte for byte.

``instructor`` is imported on the first wrap, never at module import.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any, TypeVar, cast

from pydantic import BaseModel

__all__ = ["prepared"]

_Answer = TypeVar("_Answer", bound=BaseModel)


def prepared(model: type[_Answer]) -> type[_Answer]:
    """``model`` wrapped as instructor wraps a response model, the wrapper built once."""
    return cast("type[_Answer]", _wrapped(model))


@cache  # one entry per response model class: a handful, for the life of the process
def _wrapped(model: type[BaseModel]) -> type[BaseModel]:
    import instructor

    wrapper = instructor.response_schema(model)
    generate = BaseModel.model_json_schema.__func__  # type: ignore[attr-defined]
    schemas: dict[tuple[Any, ...], dict[str, Any]] = {}

    def model_json_schema(cls: type[BaseModel], *args: Any, **kwargs: Any) -> dict[str, Any]:
        # The JSON modes ask the wrapper for its schema on every request: generated once per
        # set of arguments, then a copy each time, since instructor edits what it is given.
        key = (cls, args, tuple(sorted(kwargs.items())))
        try:
            schema = schemas.get(key)
        except TypeError:  # an argument that cannot be a key: nothing to reuse
            return generate(cls, *args, **kwargs)  # type: ignore[no-any-return]
        if schema is None:
            schema = schemas[key] = generate(cls, *args, **kwargs)
        return copy.deepcopy(schema)

    # On this private class only (never on ``model`` or on pydantic's BaseModel).
    setattr(wrapper, "model_json_schema", classmethod(model_json_schema))  # noqa: B010
    return wrapper

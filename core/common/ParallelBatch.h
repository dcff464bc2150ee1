#pragma once

#include <QList>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace Core::Common {

// One function run over a batch of inputs on a thread pool, the results handed back in
// the inputs' order. A scan starts the analysis of one batch and goes on waiting for
// the network's next answer, so the other cores work while this one waits. The pool's
// threads take inputs one at a time from a shared counter, which keeps them all busy
// however unevenly the inputs weigh. The destructor waits: no task outlives the batch.
template <typename Result>
class ParallelBatch {
public:
    template <typename Input, typename Function>
    ParallelBatch(QThreadPool& pool, QList<Input> inputs, Function function)
        : m_state(std::make_shared<State>())
    {
        const qsizetype count = inputs.size();
        m_state->results.resize(count);
        m_tasks = count == 0 ? 0 : int(qMin<qsizetype>(qMax(1, pool.maxThreadCount()), count));
        auto shared = std::make_shared<const QList<Input>>(std::move(inputs));
        // Each index is written by one thread only, through a pointer taken before any
        // thread starts: the list itself is never touched concurrently.
        Result* const results = m_state->results.data();
        for (int task = 0; task < m_tasks; ++task) {
            pool.start([state = m_state, shared, function, count, results] {
                for (qsizetype i = state->next++; i < count; i = state->next++)
                    results[i] = function(shared->at(i));
                state->finished.release();
            });
        }
    }

    ~ParallelBatch() { wait(); }

    ParallelBatch(const ParallelBatch&) = delete;
    ParallelBatch& operator=(const ParallelBatch&) = delete;

    // Waits for every input and gives up the results; once only.
    QList<Result> take()
    {
        wait();
        return std::move(m_state->results);
    }

private:
    struct State {
        QList<Result> results;
        std::atomic<qsizetype> next { 0 };
        QSemaphore finished;
    };

    void wait()
    {
        m_state->finished.acquire(m_tasks);
        m_tasks = 0;
    }

    std::shared_ptr<State> m_state;
    int m_tasks = 0;
};

} // namespace Core::Common
